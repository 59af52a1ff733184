package io.outloud.insight;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteAdmins;
import io.outloud.settings.SiteSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Cross-department insight: rolls the day's acts up into person-free counts per department pair (the cluster job),
 * and reports them to site admins (the whole site) and community leads (their community only).
 */
public class InsightService {
    /** Days a roll-up is still redone, since acts change after the day (help accepted, a reaction taken back, erasure). */
    static final int SETTLING_DAYS = 7;
    /** How long a settling day's roll-up stands before the job redoes it. */
    static final Duration REDO_AFTER = Duration.ofHours(12);
    /** Days one run rolls up at most: a first run over half a year of history takes a few runs. */
    public static final int DAYS_PER_RUN = 14;

    private final FlowRollups rollups;
    private final List<FlowSource> sources;
    private final PersonDirectory people;
    private final SettingsService settings;
    private final SiteAdmins admins;
    private final CommunityLeads leads;
    private final Viewer viewer;
    private final Clock clock;

    public InsightService(FlowRollups rollups, List<FlowSource> sources, PersonDirectory people, SettingsService settings, SiteAdmins admins,
                          CommunityLeads leads, Viewer viewer, Clock clock) {
        this.rollups = Objects.requireNonNull(rollups, "rollups");
        this.sources = List.copyOf(sources);
        this.people = Objects.requireNonNull(people, "people");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Rolls up the days that are due, newest first, at most {@link #DAYS_PER_RUN}: days of the longest period never
     * rolled up, and settling days whose roll-up is older than {@link #REDO_AFTER}. Each day is replaced whole, so a
     * run cut short or run twice leaves the same rows. Rows older than the longest period are forgotten.
     *
     * @return the days rolled up
     */
    public int rollUp() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusDays(InsightPeriod.MAX_DAYS);
        Map<LocalDate, Instant> rolled = rollups.rolledDays(first, today.minusDays(1));
        int done = 0;
        for (LocalDate day = today.minusDays(1); !day.isBefore(first) && done < DAYS_PER_RUN; day = day.minusDays(1)) {
            Instant at = rolled.get(day);
            boolean settling = day.isAfter(today.minusDays(SETTLING_DAYS + 1L));
            if (at == null || (settling && at.isBefore(now.minus(REDO_AFTER)))) {
                rollUpDay(day, now);
                done++;
            }
        }
        rollups.forgetBefore(first);
        return done;
    }

    /** Rolls up one day from every source: the people's departments are read once for the whole day. */
    void rollUpDay(LocalDate day, Instant now) {
        List<FlowEvent> events = new ArrayList<>();
        for (FlowSource source : sources) {
            events.addAll(source.eventsOn(day));
        }
        Set<String> keys = new HashSet<>();
        events.forEach(event -> {
            keys.add(event.fromKey());
            keys.add(event.toKey());
        });
        Map<String, Person> known = keys.isEmpty() ? Map.of() : people.cards(keys, settings.site().departments());
        rollups.replaceDay(day, DayTally.of(day, events, key -> known.getOrDefault(key, Person.unknown(key)).departmentIfKnown().orElse("")), now);
    }

    /**
     * The report over the last so many weeks: of the whole site (community null) for site admins, of one community for
     * site admins and that community's leads. A fixed number of statements, whatever the history.
     */
    public FlowReport report(Integer weeks, String community) {
        String me = viewer.requireUserKey();
        InsightPeriod period = InsightPeriod.endingBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), weeks);
        String name = null;
        if (community == null) {
            if (!admins.isSiteAdmin(me)) {
                throw new OutloudException(Failure.NOT_PERMITTED, "outloud.insight.error.admins-only");
            }
        } else {
            name = leads.name(community).orElseThrow(OutloudException::notFound);
            if (!admins.isSiteAdmin(me) && !leads.leads(me, community)) {
                throw new OutloudException(Failure.NOT_PERMITTED, "outloud.insight.error.leads-only");
            }
        }
        SiteSettings site = settings.site();
        return FlowReport.of(period, community, name, site.minGroupSize(), rollups.rows(period.first(), period.last(), community));
    }

    /** Whether the current person may see the insight of this community (its page links to it only then). */
    public boolean maySee(String community) {
        return viewer.userKey().map(me -> admins.isSiteAdmin(me) || leads.leads(me, community)).orElse(false);
    }

    /** Counts one day's acts per department pair, kind and community, with each side's distinct people. */
    static final class DayTally {
        private DayTally() {
        }

        static List<FlowDay> of(LocalDate day, List<FlowEvent> events, java.util.function.Function<String, String> departmentOf) {
            record Key(String from, String to, FlowKind kind, String community) {
            }
            record Tally(int[] events, Set<String> givers, Set<String> takers) {
            }
            Map<Key, Tally> tallies = new LinkedHashMap<>();
            for (FlowEvent event : events) {
                if (event.fromKey().equals(event.toKey())) {
                    continue; // acting on one's own block is no flow between people
                }
                Key key = new Key(departmentOf.apply(event.fromKey()), departmentOf.apply(event.toKey()), event.kind(), event.community());
                Tally tally = tallies.computeIfAbsent(key, k -> new Tally(new int[1], new HashSet<>(), new HashSet<>()));
                tally.events()[0]++;
                tally.givers().add(event.fromKey());
                tally.takers().add(event.toKey());
            }
            List<FlowDay> rows = new ArrayList<>();
            tallies.forEach((key, tally) -> rows.add(new FlowDay(day, key.from(), key.to(), key.kind(), key.community(), tally.events()[0],
                    tally.givers().size(), tally.takers().size())));
            return rows;
        }
    }
}
