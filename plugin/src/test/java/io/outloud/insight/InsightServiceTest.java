package io.outloud.insight;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InsightServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate YESTERDAY = LocalDate.parse("2026-12-06");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryFlowRollups rollups = new InMemoryFlowRollups();
    private final Map<LocalDate, List<FlowEvent>> recorded = new HashMap<>();
    private final List<LocalDate> read = new ArrayList<>();
    private final FlowSource source = day -> {
        read.add(day);
        return recorded.getOrDefault(day, List.of());
    };
    private final FakePersonDirectory people = new FakePersonDirectory();
    private final FakeViewer viewer = FakeViewer.signedIn("key-admin");
    private final MapSettingsStore settingsStore = new MapSettingsStore();
    private final SettingsService settings = new SettingsService(settingsStore, "key-admin"::equals, viewer);
    private final CommunityLeads leads = new CommunityLeads() {
        @Override
        public boolean leads(String userKey, String communityKey) {
            return userKey.equals("key-lena") && communityKey.equals("data");
        }

        @Override
        public Optional<String> name(String communityKey) {
            return Map.of("data", "Data curious", "tea", "Tea").entrySet().stream().filter(e -> e.getKey().equals(communityKey))
                    .map(Map.Entry::getValue).findFirst();
        }
    };
    private final InsightService service = new InsightService(rollups, List.of(source), people, settings, "key-admin"::equals, leads, viewer, clock);

    InsightServiceTest() {
        for (int i = 0; i < 6; i++) {
            people.with("m" + i, "Marketer " + i, "Marketing");
            people.with("e" + i, "Engineer " + i, "Engineering");
        }
    }

    private void helpOn(LocalDate day, int pairs, String community) {
        List<FlowEvent> events = new ArrayList<>(recorded.getOrDefault(day, List.of()));
        for (int i = 0; i < pairs; i++) {
            events.add(new FlowEvent(FlowKind.HELP_ACCEPTED, "key-m" + i, "key-e" + i, community));
        }
        recorded.put(day, events);
    }

    @Test
    void rollUp_countsPerDepartmentPair_withDistinctPeople_andNoPerson() {
        helpOn(YESTERDAY, 5, "data");
        recorded.get(YESTERDAY).add(new FlowEvent(FlowKind.HELP_ACCEPTED, "key-m0", "key-e1", "data"));
        recorded.get(YESTERDAY).add(new FlowEvent(FlowKind.REACTION, "key-m0", "key-m0", ""));
        recorded.get(YESTERDAY).add(new FlowEvent(FlowKind.REACTION, "key-stranger", "key-e0", ""));

        service.rollUp();

        assertEquals(List.of(
                new FlowDay(YESTERDAY, "Marketing", "Engineering", FlowKind.HELP_ACCEPTED, "data", 6, 5, 5),
                new FlowDay(YESTERDAY, "", "Engineering", FlowKind.REACTION, "", 1, 1, 1)), rollups.rows(YESTERDAY, YESTERDAY, null),
                "a reaction to one's own block is no flow; someone without a department counts under none");
    }

    @Test
    void rollUp_boundedPerRun_newestFirst_thenGoesOnWhereItStopped() {
        assertEquals(InsightService.DAYS_PER_RUN, service.rollUp());
        assertEquals(YESTERDAY, read.get(0));
        assertEquals(YESTERDAY.minusDays(InsightService.DAYS_PER_RUN - 1L), read.get(read.size() - 1));

        read.clear();
        assertEquals(InsightService.DAYS_PER_RUN, service.rollUp());
        assertEquals(YESTERDAY.minusDays(InsightService.DAYS_PER_RUN), read.get(0), "the next run starts where this one stopped");

        int runs = 2;
        while (service.rollUp() > 0) {
            runs++;
        }
        assertEquals((InsightPeriod.MAX_DAYS + InsightService.DAYS_PER_RUN - 1) / InsightService.DAYS_PER_RUN, runs);
    }

    @Test
    void rollUp_twice_leavesTheSameRows_andRedoesSettlingDaysLater() {
        helpOn(YESTERDAY, 5, "");
        helpOn(YESTERDAY.minusDays(20), 5, "");
        while (service.rollUp() > 0) {
            // the whole history
        }
        List<FlowDay> first = rollups.rows(YESTERDAY.minusDays(30), YESTERDAY, null);

        read.clear();
        assertEquals(0, service.rollUp(), "nothing is due right after");
        helpOn(YESTERDAY, 1, ""); // accepted later
        clock.advance(Duration.ofHours(13));
        service.rollUp();

        assertEquals(InsightService.SETTLING_DAYS, read.size(), "only the settling days are redone");
        List<FlowDay> again = rollups.rows(YESTERDAY.minusDays(30), YESTERDAY, null);
        assertEquals(first.get(0), again.get(0), "an old day stays as it was");
        assertEquals(6, again.get(again.size() - 1).events());
        assertEquals(first.size(), again.size());
    }

    @Test
    void rollUp_forgetsDaysOlderThanTheLongestPeriod() {
        rollups.replaceDay(YESTERDAY.minusDays(InsightPeriod.MAX_DAYS + 5L),
                List.of(new FlowDay(YESTERDAY.minusDays(InsightPeriod.MAX_DAYS + 5L), "A", "B", FlowKind.REPLY, "", 1, 1, 1)), NOW);

        service.rollUp();

        assertTrue(rollups.rows(LocalDate.MIN, YESTERDAY, null).isEmpty());
    }

    @Test
    void siteReport_isForSiteAdminsOnly() {
        viewer.become("key-lena");
        OutloudException refusal = assertThrows(OutloudException.class, () -> service.report(4, null));
        assertEquals(Failure.NOT_PERMITTED, refusal.failure());
        assertEquals("outloud.insight.error.admins-only", refusal.messageKey());

        viewer.become(null);
        assertEquals(Failure.NOT_AUTHENTICATED, assertThrows(OutloudException.class, () -> service.report(4, null)).failure());
    }

    @Test
    void communityReport_isForItsLeadsAndSiteAdmins() {
        helpOn(YESTERDAY, 5, "data");
        helpOn(YESTERDAY, 5, "tea");
        service.rollUp();

        viewer.become("key-lena");
        FlowReport data = service.report(12, "data");
        assertEquals("Data curious", data.communityName());
        assertEquals(5, data.cell(FlowKind.HELP_ACCEPTED, "Marketing", "Engineering").orElseThrow().shownEvents(), "its own community only");
        assertEquals(Failure.NOT_PERMITTED, assertThrows(OutloudException.class, () -> service.report(4, "tea")).failure());
        assertEquals(Failure.NOT_FOUND, assertThrows(OutloudException.class, () -> service.report(4, "nope")).failure());

        viewer.become("key-admin");
        assertEquals(5, service.report(4, "tea").cell(FlowKind.HELP_ACCEPTED, "Marketing", "Engineering").orElseThrow().shownEvents());
        assertEquals(10, service.report(4, null).cell(FlowKind.HELP_ACCEPTED, "Marketing", "Engineering").orElseThrow().shownEvents());
    }

    @Test
    void report_readsTheRollUpsOnce_andAppliesTheSitesMinimumGroupSize() {
        helpOn(YESTERDAY, 6, "");
        service.rollUp();
        settingsStore.putSiteSetting(SiteSettings.MIN_GROUP_SIZE, "7");

        FlowReport report = service.report(26, null);

        assertEquals(1, rollups.reads);
        assertTrue(report.cell(FlowKind.HELP_ACCEPTED, "Marketing", "Engineering").orElseThrow().suppressed());
        assertEquals(7, report.minGroupSize());
    }
}
