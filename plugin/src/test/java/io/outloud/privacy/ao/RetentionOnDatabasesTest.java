package io.outloud.privacy.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.privacy.Retained;
import io.outloud.common.privacy.RetentionCutoffs;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.community.pairing.PairHistory;
import io.outloud.community.pairing.PairingGroup;
import io.outloud.community.pairing.PairingStore;
import io.outloud.community.pairing.ao.AoPairMatch;
import io.outloud.community.pairing.ao.AoPairParticipant;
import io.outloud.community.pairing.ao.AoPairRound;
import io.outloud.community.pairing.ao.AoPairSchedule;
import io.outloud.community.pairing.ao.AoPairSeat;
import io.outloud.community.pairing.ao.AoPairingStore;
import io.outloud.community.pairing.ao.PairingRetention;
import io.outloud.notify.NoticeListStore;
import io.outloud.notify.ao.AoNotice;
import io.outloud.notify.ao.AoNoticeListStore;
import io.outloud.notify.ao.NoticeRetention;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.ao.AoFeedback;
import io.outloud.thought.ao.AoFeedbackStore;
import io.outloud.thought.ao.GiverLinkRetention;
import io.outloud.wol.SeenCount;
import io.outloud.wol.SeenViewer;
import io.outloud.wol.ao.AoView;
import io.outloud.wol.ao.AoViewDay;
import io.outloud.wol.ao.AoViewStore;
import io.outloud.wol.ao.AoViewer;
import io.outloud.wol.ao.ViewRetention;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each feature's retention rule on H2 and PostgreSQL, applied in small batches as the job applies them in large ones:
 * what goes, what stays, and that every count shown stays the same.
 */
class RetentionOnDatabasesTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    /** 90 days for views; a year for pairing and notices; 30 days for the giver link. */
    private static final RetentionCutoffs CUTOFFS = new RetentionCutoffs(TODAY.minusDays(90), Instant.parse("2025-12-07T12:00:00Z"),
            Instant.parse("2025-12-07T12:00:00Z"), Optional.of(NOW.minus(Duration.ofDays(30))));

    /** Applies the rule in batches of three until it says nothing is left; how many batches settled something. */
    private static int applyAll(Retained feature) {
        int batches = 0;
        while (feature.expire(CUTOFFS, 3) > 0) {
            batches++;
        }
        return batches;
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    @EachDatabase
    void views_beforeThePeriod_becomePerDayCounts_andEveryCountShownStaysTheSame(TestDatabase db) throws Exception {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoView.class, AoViewer.class, AoViewDay.class);
        AoViewStore store = new AoViewStore(ao);
        // ann and bob only long ago; carl long ago and last week; dora last week only; erin on the last kept day.
        for (int d : new int[]{200, 120, 95}) {
            store.record(10L, "m-1", "ann", "Finance", day(daysAgo(d)), daysAgo(d));
        }
        store.record(10L, "m-1", "bob", "Sales", day(daysAgo(120)), daysAgo(120));
        store.record(10L, "m-2", "bob", "Sales", day(daysAgo(120)), daysAgo(120));
        store.record(10L, "m-1", "carl", null, day(daysAgo(150)), daysAgo(150));
        store.record(10L, "m-1", "carl", null, day(daysAgo(7)), daysAgo(7));
        store.record(10L, "m-1", "dora", "Finance", day(daysAgo(7)), daysAgo(7));
        store.record(10L, "m-1", "erin", "Legal", TODAY.minusDays(90), TODAY.minusDays(90).atStartOfDay(ZoneOffset.UTC).toInstant());
        store.record(11L, "m-1", "ann", "Finance", day(daysAgo(100)), daysAgo(100));
        Map<String, SeenCount> before = store.countsForPage(10L);
        Map<String, SeenCount> otherBefore = store.countsForPage(11L);

        assertTrue(applyAll(new ViewRetention(ao)) >= 3, "several batches");

        assertEquals(before, store.countsForPage(10L), "the seen-by counts of every block stay the same");
        assertEquals(otherBefore, store.countsForPage(11L));
        assertEquals(Map.of("m-1", new SeenCount(5, 3), "m-2", new SeenCount(1, 1)), before);
        assertEquals(0, rows(db, "SELECT COUNT(*) FROM \"AO_1514BA_BLOCK_VIEW\" WHERE \"SEEN_DAY\" < '" + CUTOFFS.viewsBefore() + "'"));
        assertEquals(3, rows(db, "SELECT COUNT(*) FROM \"AO_1514BA_BLOCK_VIEW\""), "carl's and dora's of last week, erin's on the last kept day");
        assertEquals(perDay(Map.of("10|m-1|" + day(daysAgo(200)), 1, "10|m-1|" + day(daysAgo(150)), 1, "10|m-1|" + day(daysAgo(120)), 2,
                "10|m-1|" + day(daysAgo(95)), 1, "10|m-2|" + day(daysAgo(120)), 1, "11|m-1|" + day(daysAgo(100)), 1)), viewDays(db));
        for (String gone : List.of("ann", "bob")) {
            assertEquals(0, rows(db, "SELECT COUNT(*) FROM \"AO_1514BA_BLOCK_VIEW\" WHERE \"USER_KEY\" = '" + gone + "'"));
            assertEquals(0, rows(db, "SELECT COUNT(*) FROM \"AO_1514BA_BLOCK_VIEWER\" WHERE \"USER_KEY\" = '" + gone + "'"));
        }
        assertEquals(List.of("dora", "carl", "erin", TextsOnErasure.ERASED, TextsOnErasure.ERASED),
                store.viewers(10L, "m-1", null, 10).stream().map(SeenViewer::userKey).toList(),
                "carl, seen again last week, keeps his row from his latest view; the forgotten come last and are nobody");
        assertEquals(0, applyAll(new ViewRetention(ao)), "a second run finds nothing");
        assertEquals(before, store.countsForPage(10L));

        assertTrue(store.record(10L, "m-1", "carl", null, TODAY, NOW), "recording goes on as before");
        assertEquals(new SeenCount(5, 3), store.count(10L, "m-1"), "carl is still counted once");
        assertEquals(0, store.deleteByPage(11L), "its daily views were all folded");
        assertEquals(0, rows(db, "SELECT COUNT(*) FROM \"AO_1514BA_BLOCK_VIEW_DAY\" WHERE \"PAGE_ID\" = 11"), "a purged page's day counts go too");
    }

    @EachDatabase
    void pairingHistory_beforeThePeriod_goes_andTheRoundsStayNumbered(TestDatabase db) throws Exception {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoPairParticipant.class, AoPairSchedule.class, AoPairRound.class, AoPairMatch.class, AoPairSeat.class);
        AoPairingStore store = new AoPairingStore(ao);
        store.startRound(new PairingStore.NewRound("design", 1, "design/lead/1", daysAgo(500), "lead",
                List.of(group("ann", "bob"), group("carl", "dora"), group("erin", "finn", "gil")), 0, List.of(), null));
        store.startRound(new PairingStore.NewRound("design", 2, "design/lead/2", daysAgo(400), "lead",
                List.of(group("ann", "carl"), group("bob", "dora")), 0, List.of(), null));
        store.startRound(new PairingStore.NewRound("design", 3, "design/lead/3", daysAgo(30), "lead",
                List.of(group("ann", "dora")), 0, List.of(), null));
        store.startRound(new PairingStore.NewRound("research", 1, "research/lead/1", daysAgo(370), "lead",
                List.of(group("ann", "bob")), 0, List.of(), null));

        assertEquals(2, applyAll(new PairingRetention(ao)), "six old matches, three at a time");

        List<PairHistory.Meeting> meetings = store.meetings("design");
        assertEquals(List.of(new PairHistory.Meeting(3, List.of("ann", "dora"))), meetings.stream()
                .map(m -> new PairHistory.Meeting(m.round(), m.people().stream().sorted().toList())).toList());
        assertEquals(List.of(), store.meetings("research"));
        assertEquals(List.of(3, 2, 1), store.rounds("design", 10).stream().map(r -> r.number()).toList(), "the rounds stay");
        assertEquals(2, rows(db, "SELECT COUNT(*) FROM \"AO_1514BA_PAIR_SEAT\""));
        assertEquals(1, rows(db, "SELECT COUNT(*) FROM \"AO_1514BA_PAIR_MATCH\""));
    }

    @EachDatabase
    void notices_beforeThePeriod_go_readOrNot(TestDatabase db) throws Exception {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoNotice.class);
        AoNoticeListStore store = new AoNoticeListStore(ao);
        store.add(notice("farid", "block:7:m-1", "old one", daysAgo(400)));
        store.add(notice("farid", "block:7:m-1", "old two", daysAgo(380)));
        store.add(notice("farid", "block:7:m-1", "recent", daysAgo(3)));
        store.add(notice("farid", "block:8:m-1", "old, read", daysAgo(390)));
        store.markAllRead("farid");
        store.add(notice("alice", "block:9:m-1", "old, unread", daysAgo(366)));
        store.add(notice("alice", "block:9:m-2", "this year", daysAgo(364)));

        assertEquals(2, applyAll(new NoticeRetention(ao)), "four old notices, three at a time");

        assertEquals(List.of("recent"), store.latest("farid", Long.MAX_VALUE, 10).stream().map(NoticeListStore.Row::text).toList());
        assertEquals(Map.of("block:7:m-1", 1), store.sizes("farid", List.of("block:7:m-1", "block:8:m-1")), "the group's count is its rows");
        assertEquals(List.of("this year"), store.latest("alice", Long.MAX_VALUE, 10).stream().map(NoticeListStore.Row::text).toList());
    }

    @EachDatabase
    void unnamedFeedback_beforeThePeriod_forgetsItsGiver_forGood(TestDatabase db) throws Exception {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoFeedback.class);
        AoFeedbackStore store = new AoFeedbackStore(ao);
        long oldUnnamed = store.add(5L, "t-1", "ann", FeedbackKind.GO_ON, "keep going", true, false, daysAgo(45)).id();
        long oldNamed = store.add(5L, "t-1", "bob", FeedbackKind.GO_ON, "signed", false, false, daysAgo(45)).id();
        long recentUnnamed = store.add(5L, "t-1", "carl", FeedbackKind.GO_ON, "fresh", true, false, daysAgo(29)).id();
        RetentionCutoffs keptForever = new RetentionCutoffs(CUTOFFS.viewsBefore(), CUTOFFS.pairingBefore(), CUTOFFS.noticesBefore(), Optional.empty());

        assertEquals(0, new GiverLinkRetention(ao).expire(keptForever, 500), "kept while the site keeps the link");
        assertEquals("ann", store.find(oldUnnamed).orElseThrow().giverKey());

        assertEquals(1, applyAll(new GiverLinkRetention(ao)));

        assertTrue(store.find(oldUnnamed).orElseThrow().giverForgotten());
        assertEquals("keep going", store.find(oldUnnamed).orElseThrow().text(), "the feedback itself stays");
        assertEquals("bob", store.find(oldNamed).orElseThrow().giverKey(), "named feedback names its giver anyway");
        assertEquals("carl", store.find(recentUnnamed).orElseThrow().giverKey());
        assertEquals(0, rows(db, "SELECT COUNT(*) FROM \"AO_1514BA_FEEDBACK\" WHERE \"GIVER_KEY\" = 'ann'"), "no trace of ann is left");
    }

    private static PairingGroup group(String... keys) {
        return new PairingGroup(List.of(keys), 0);
    }

    private static NoticeListStore.NewNotice notice(String to, String group, String text, Instant at) {
        return new NoticeListStore.NewNotice(to, group, "reply", 7L, "A page", text, "/pages/viewpage.action?pageId=7", at);
    }

    private static Map<String, Integer> perDay(Map<String, Integer> expected) {
        return new TreeMap<>(expected);
    }

    private static Map<String, Integer> viewDays(TestDatabase db) throws Exception {
        Map<String, Integer> days = new TreeMap<>();
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"UNIQUE_KEY\", \"VIEWS\" FROM \"AO_1514BA_BLOCK_VIEW_DAY\"")) {
            while (rows.next()) {
                days.put(rows.getString(1), rows.getInt(2));
            }
        }
        return days;
    }

    private static long rows(TestDatabase db, String sql) throws Exception {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
