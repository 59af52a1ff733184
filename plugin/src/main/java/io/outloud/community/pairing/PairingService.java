package io.outloud.community.pairing;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.community.Community;
import io.outloud.community.CommunityMembers;
import io.outloud.community.CommunityRemoval;
import io.outloud.community.CommunityStore;
import io.outloud.community.CommunityVisibility;
import io.outloud.content.PageAccess;
import io.outloud.community.Membership;
import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * "Meet someone new": members opt in (never enrolled without asking), snooze or leave at any time, and say afterwards
 * whether they met; leads set the schedule and start a round by hand; the host's scheduler runs due rounds once per
 * cluster through {@link #runDueRounds}.
 *
 * <p>A round takes the community's current members who opted in, are not snoozed (through the snooze's last day) and
 * are not paused. Before that, everyone whose seat in the previous round is unanswered counts one more unanswered
 * round; the third in a row pauses them until they opt in again (answering resets the count). The round is recorded
 * under its number and its slot, both unique, so two nodes or a double click make it once; only the one that recorded
 * it tells the people matched.
 */
public class PairingService implements CommunityRemoval {
    /** How long the people of a round have to say whether they met before their seat counts as unanswered. */
    static final java.time.Duration ANSWER_TIME = java.time.Duration.ofDays(1);

    static final int HISTORY = 10;
    static final int ROUNDS_SHOWN = 5;
    static final int MAX_SNOOZE_DAYS = 365;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    private final PairingStore store;
    private final CommunityStore communities;
    private final CommunityMembers members;
    private final PersonDirectory people;
    private final ConversationStarters starters;
    private final Notifier notifier;
    private final Viewer viewer;
    private final Clock clock;
    private final PairingPlanner planner = new PairingPlanner();
    private final CommunityVisibility visibility;
    private final PageAccess pages;

    public PairingService(PairingStore store, CommunityStore communities, CommunityMembers members, PersonDirectory people,
                          ConversationStarters starters, Notifier notifier, Viewer viewer, Clock clock, CommunityVisibility visibility,
                          PageAccess pages) {
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.store = Objects.requireNonNull(store, "store");
        this.communities = Objects.requireNonNull(communities, "communities");
        this.members = Objects.requireNonNull(members, "members");
        this.people = Objects.requireNonNull(people, "people");
        this.starters = Objects.requireNonNull(starters, "starters");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------- the member's own part

    public PairingState state(String communityKey) {
        Community community = community(communityKey);
        String me = member(community);
        boolean lead = members.isLead(community.key(), me);
        PairingParticipant participant = participant(community.key(), me);
        List<PairingMatch> matches = store.matchesOf(community.key(), me, HISTORY + 1);
        Optional<PairingRound> last = store.lastRound(community.key());
        PairingMatch current = !matches.isEmpty() && last.isPresent() && matches.get(0).round() == last.get().number() ? matches.get(0) : null;
        List<PairingMatch> earlier = matches.subList(current == null ? 0 : 1, Math.min(matches.size(), (current == null ? 0 : 1) + HISTORY));

        Set<String> partnerKeys = new LinkedHashSet<>();
        matches.forEach(m -> partnerKeys.addAll(m.partnersOf(me)));
        Map<String, Person> found = partnerKeys.isEmpty() ? Map.of() : people.people(partnerKeys);
        Map<String, List<ConversationStarter>> currentStarters = current == null ? Map.of() : starters.forRecipient(me, current.partnersOf(me));
        List<PairingState.Match> history = earlier.stream().map(m -> match(m, me, found, Map.of())).toList();
        return new PairingState(community, lead, participant, current == null ? null : match(current, me, found, currentStarters), history,
                lead ? store.schedule(community.key()).orElse(PairingSchedule.none(community.key())) : null,
                lead ? store.rounds(community.key(), ROUNDS_SHOWN) : List.of());
    }

    private static PairingState.Match match(PairingMatch match, String me, Map<String, Person> found, Map<String, List<ConversationStarter>> starters) {
        List<PairingState.Partner> partners = new ArrayList<>();
        for (String key : match.partnersOf(me)) {
            partners.add(new PairingState.Partner(found.getOrDefault(key, Person.unknown(key)), starters.getOrDefault(key, List.of())));
        }
        return new PairingState.Match(match.id(), match.round(), match.startedAt(), match.seatOf(me).map(PairingSeat::answer).orElse(PairingAnswer.NONE),
                partners);
    }

    /** Takes part from the next round on; opting in again after a pause (three unanswered rounds) resumes. */
    public PairingParticipant optIn(String communityKey) {
        Community community = community(communityKey);
        String me = member(community);
        PairingParticipant now = participant(community.key(), me).optedIn(clock.instant());
        store.putParticipant(now);
        return now;
    }

    /** Leaves pairing (any time; a current match stays, to be answered). */
    public PairingParticipant optOut(String communityKey) {
        Community community = community(communityKey);
        String me = member(community);
        PairingParticipant now = participant(community.key(), me).optedOut(clock.instant());
        store.putParticipant(now);
        return now;
    }

    /** Skips rounds through this day (UTC); null ends a snooze. Tomorrow at the earliest, a year ahead at the most. */
    public PairingParticipant snooze(String communityKey, LocalDate until) {
        Community community = community(communityKey);
        String me = member(community);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (until != null && !until.isAfter(today)) {
            throw OutloudException.invalid("outloud.pairing.error.snooze-past");
        }
        if (until != null && until.isAfter(today.plusDays(MAX_SNOOZE_DAYS))) {
            throw OutloudException.invalid("outloud.pairing.error.snooze-too-far", MAX_SNOOZE_DAYS);
        }
        PairingParticipant snoozed = participant(community.key(), me).snoozed(until, now);
        store.putParticipant(snoozed);
        return snoozed;
    }

    /** "We met" or "we did not meet", on my seat in one of my matches (changeable); resets my unanswered rounds. */
    public PairingAnswer answer(String communityKey, long matchId, boolean met) {
        Community community = community(communityKey);
        String me = member(community);
        PairingMatch match = store.match(matchId).filter(m -> m.communityKey().equals(community.key()) && m.seatOf(me).isPresent())
                .orElseThrow(OutloudException::notFound);
        PairingAnswer answer = met ? PairingAnswer.MET : PairingAnswer.NOT_MET;
        Instant now = clock.instant();
        store.answer(match.id(), me, answer, now);
        store.participant(community.key(), me).ifPresent(p -> store.putParticipant(p.answered(now)));
        return answer;
    }

    // ---------------------------------------------------------------- the leads'

    /** Every 0 (by hand only), 7, 14 or 28 days; the first scheduled round is that many days from now. */
    public PairingSchedule setSchedule(String communityKey, int everyDays) {
        Community community = community(communityKey);
        lead(community);
        if (!PairingSchedule.CHOICES.contains(everyDays)) {
            throw OutloudException.invalid("outloud.pairing.error.schedule", "0, 7, 14, 28");
        }
        PairingSchedule schedule = everyDays == 0 ? PairingSchedule.none(community.key())
                : new PairingSchedule(community.key(), everyDays, clock.instant().plus(java.time.Duration.ofDays(everyDays)));
        store.putSchedule(schedule);
        return schedule;
    }

    /**
     * A round now. {@code expectedNumber} (optional) is the number the lead's page expects to start: a round started
     * meanwhile (a second click, another lead, the schedule) makes that a conflict instead of a second round.
     */
    public PairingRound startRound(String communityKey, Integer expectedNumber) {
        Community community = community(communityKey);
        String me = lead(community);
        if (expectedNumber != null && expectedNumber != nextNumber(community.key())) {
            throw new OutloudException(Failure.CONFLICT, "outloud.pairing.error.round-taken");
        }
        return round(community, me, number -> expectedNumber != null && number != expectedNumber ? null : community.key() + "/lead/" + number,
                clock.instant(), null).orElseThrow(() -> new OutloudException(Failure.CONFLICT, "outloud.pairing.error.round-taken"));
    }

    // ---------------------------------------------------------------- the scheduler's

    /** Runs every scheduled round due at {@code now}, each once across the cluster; returns how many this call made. */
    public int runDueRounds(Instant now) {
        int made = 0;
        RuntimeException failure = null;
        for (PairingSchedule due : store.due(now)) {
            try {
                Optional<Community> community = communities.find(due.communityKey());
                if (community.isEmpty()) {
                    store.putSchedule(PairingSchedule.none(due.communityKey())); // the community is gone
                    continue;
                }
                String slot = due.communityKey() + "/at/" + due.nextRun().toEpochMilli();
                PairingSchedule after = due.advancedFrom(now);
                Optional<PairingRound> round = round(community.get(), "", number -> slot, now, after);
                if (round.isEmpty() && store.schedule(due.communityKey()).filter(s -> s.equals(due)).isPresent()) {
                    // Not this slot: a lead's round took the number at the same moment. The scheduled turn still runs.
                    round = round(community.get(), "", number -> slot, now, after);
                }
                made += round.isPresent() ? 1 : 0;
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure; // the other communities still get their round
            }
        }
        if (failure != null) {
            throw failure;
        }
        return made;
    }

    // ---------------------------------------------------------------- a round

    private int nextNumber(String communityKey) {
        return store.lastRound(communityKey).map(r -> r.number() + 1).orElse(1);
    }

    /**
     * The departments a round pairs by are the people component's now (a person may have moved, or the site admin may
     * have mapped groups since they joined); a membership whose recorded department is out of date is brought up to it.
     */
    private void liveDepartments(List<PairingParticipant> participants, Map<String, String> departments) {
        List<String> keys = participants.stream().map(PairingParticipant::userKey).filter(departments::containsKey).toList();
        people.people(keys).forEach((userKey, person) -> {
            if (!person.isKnown()) {
                return;
            }
            String live = person.departmentIfKnown().orElse("");
            if (!live.equals(departments.get(userKey))) {
                departments.put(userKey, live);
                members.departmentChanged(userKey, live);
            }
        });
    }

    private Optional<PairingRound> round(Community community, String startedBy, IntFunction<String> slotOf, Instant at, PairingSchedule after) {
        String key = community.key();
        Map<String, String> departments = new HashMap<>();
        for (Membership m : members.members(key, null, 0, Integer.MAX_VALUE)) {
            departments.put(m.userKey(), m.department());
        }
        Optional<PairingRound> last = store.lastRound(key);
        int number = last.map(r -> r.number() + 1).orElse(1);
        String slot = slotOf.apply(number);
        if (slot == null) {
            return Optional.empty();
        }
        Set<String> leftUnanswered = new HashSet<>();
        // A seat counts as unanswered once its people had a day to answer: rounds started in quick succession (by hand)
        // pause nobody.
        last.filter(r -> !r.startedAt().plus(ANSWER_TIME).isAfter(at))
                .ifPresent(r -> store.seatsOfRound(key, r.number()).stream().filter(s -> !s.answer().answered())
                        .forEach(s -> leftUnanswered.add(s.userKey())));

        List<String> unanswered = new ArrayList<>();
        List<PairingCandidate> candidates = new ArrayList<>();
        List<PairingParticipant> participants = new ArrayList<>(store.participants(key));
        participants.sort(Comparator.comparing(PairingParticipant::userKey));
        liveDepartments(participants, departments);
        for (PairingParticipant participant : participants) {
            if (!departments.containsKey(participant.userKey())) {
                continue; // no longer a member
            }
            PairingParticipant now = participant;
            if (participant.optedIn() && leftUnanswered.contains(participant.userKey())) {
                now = participant.leftUnanswered(at);
                unanswered.add(now.userKey());
            }
            // Someone who may no longer view the community's page is not paired: they would not be told, and their
            // partner would wait.
            if (now.takesPartAt(at) && (!community.hasHome() || pages.viewablePageFor(now.userKey(), community.homePageId()).isPresent())) {
                candidates.add(new PairingCandidate(now.userKey(), departments.get(now.userKey())));
            }
        }
        PairingPlan plan = planner.plan(candidates, PairHistory.of(store.meetings(key)), seed(key, number));
        Optional<PairingRound> made = store.startRound(new PairingStore.NewRound(key, number, slot, at, startedBy, plan.groups(),
                plan.unmatched().size(), unanswered, after));
        made.ifPresent(round -> tell(community, round, plan));
        return made;
    }

    private static long seed(String communityKey, int number) {
        return ((long) communityKey.hashCode() << 32) ^ number;
    }

    /** Each person matched hears of it once, with their partners and what they could talk about. */
    private void tell(Community community, PairingRound round, PairingPlan plan) {
        Set<String> matched = new LinkedHashSet<>();
        plan.groups().forEach(g -> matched.addAll(g.userKeys()));
        if (matched.isEmpty()) {
            return;
        }
        Map<String, Person> found = people.people(matched);
        ConversationStarters forRound = starters.forOneRound();
        for (PairingGroup group : plan.groups()) {
            for (String recipient : group.userKeys()) {
                List<String> partners = group.userKeys().stream().filter(k -> !k.equals(recipient)).toList();
                String text = PairingNoticeText.of(partners, found, forRound.forRecipient(recipient, partners));
                notifier.notify(new Notice(recipient, Notice.Kind.PAIRED, partners.get(0), community.homePageId(), community.key(), text,
                        round.number()));
            }
        }
    }

    // ---------------------------------------------------------------- who may

    private Community community(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw OutloudException.notFound();
        }
        // The reader's own part and the leads' actions need the community to be one they may see (its page's permission).
        return communities.find(key).filter(visibility::mayView).orElseThrow(OutloudException::notFound);
    }

    private String member(Community community) {
        String me = viewer.requireUserKey();
        if (!members.isMember(community.key(), me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.pairing.error.members-only");
        }
        return me;
    }

    private String lead(Community community) {
        String me = viewer.requireUserKey();
        if (!members.isLead(community.key(), me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.pairing.error.leads-only");
        }
        return me;
    }

    private PairingParticipant participant(String communityKey, String userKey) {
        return store.participant(communityKey, userKey).orElseGet(() -> PairingParticipant.notEnrolled(communityKey, userKey, clock.instant()));
    }

    /** A lead removed the community: its participants, rounds, matches and schedule go with it. */
    @Override
    public void communityRemoved(String communityKey) {
        store.deleteCommunity(communityKey);
    }
}
