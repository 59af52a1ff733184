package io.outloud.community;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.community.ao.AoAskBatch;
import io.outloud.community.ao.AoCommunity;
import io.outloud.community.ao.AoCommunityAsk;
import io.outloud.community.ao.AoCommunityAskStore;
import io.outloud.community.ao.AoCommunityMember;
import io.outloud.community.ao.AoCommunityMembers;
import io.outloud.community.ao.AoCommunityStore;
import io.outloud.notify.Notice;
import io.outloud.notify.NoticeListService;
import io.outloud.notify.Notifier;
import io.outloud.notify.ao.AoNotice;
import io.outloud.notify.ao.AoNoticeListStore;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Asks on real databases (H2 and PostgreSQL): the request that makes one costs the same statements for 5 members as
 * for 5,000, and the queue's job then tells every other member exactly once, in batches, even when a drain fails
 * mid-way or two nodes drain at once.
 */
class AskFanOutOnDatabasesTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String LEAD = "key-lead";

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeViewer viewer = FakeViewer.signedIn(LEAD);
    private final FakeCommunityPages pages = new FakeCommunityPages().show(PAGE);

    /** The app's stores on one database, a community "design" homed on a page, and a notifier writing the real in-app list. */
    private final class Site {
        final TestDatabase db;
        final AoCommunityAskStore asks;
        final AoCommunityMembers members;
        final AoCommunityStore communities;
        final CommunityService service;
        final ListNotifier notifier;

        Site(TestDatabase db) {
            this.db = db;
            JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
            ao.migrate(AoCommunity.class, AoCommunityMember.class, AoCommunityAsk.class, AoAskBatch.class, AoNotice.class);
            asks = new AoCommunityAskStore(ao);
            members = new AoCommunityMembers(ao);
            communities = new AoCommunityStore(ao);
            notifier = new ListNotifier(new NoticeListService(new AoNoticeListStore(ao), pages, viewer, clock));
            service = new CommunityService(communities, members, asks, pages, viewer, new FakePersonDirectory(), notifier, clock, List.of());
            service.create(CommunityDraft.of("Design", "Why we meet", "open", ""), PAGE, "macro-1");
        }

        AskFanOut fanOut() {
            return new AskFanOut(asks, communities, members, notifier, clock);
        }

        /** Members "key-m1".. joined a minute before now: written in one JDBC batch (the app's own put is one transaction each). */
        void addMembers(int count) throws SQLException {
            try (Connection connection = db.dataSource().getConnection(); PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO \"AO_1514BA_MEMBER\" (\"MEMBER_KEY\", \"COMMUNITY_KEY\", \"USER_KEY\", \"JOINED_AT\", \"STATE\", \"ROLE\", "
                            + "\"DEPARTMENT_ORDER\") VALUES (?, 'design', ?, ?, 'member', 'member', '1')")) {
                for (int i = 1; i <= count; i++) {
                    insert.setString(1, "design/key-m" + i);
                    insert.setString(2, "key-m" + i);
                    insert.setLong(3, NOW.minusSeconds(60).toEpochMilli());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        /** How many in-app notices each person got. */
        Map<String, Integer> inAppByRecipient() throws SQLException {
            Map<String, Integer> counts = new HashMap<>();
            try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT \"RECIPIENT_KEY\", COUNT(*) FROM \"AO_1514BA_NOTICE\" GROUP BY \"RECIPIENT_KEY\"")) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        }
    }

    /**
     * Writes each batch's notices into the real in-app list (inside the batch's transaction) and keeps the mails handed
     * over after it; can be told to fail after a number of notices, as a node dying mid-batch would.
     */
    private static final class ListNotifier implements Notifier {
        final NoticeListService list;
        final List<Notice> mailed = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failAfter = new AtomicInteger(Integer.MAX_VALUE);

        ListNotifier(NoticeListService list) {
            this.list = list;
        }

        @Override
        public void notify(Notice notice) {
            throw new AssertionError("asks are told in batches");
        }

        @Override
        public Runnable notifyInBatch(List<Notice> notices) {
            for (Notice notice : notices) {
                if (failAfter.getAndDecrement() <= 0) {
                    throw new IllegalStateException("the node died mid-batch");
                }
                list.record(notice, "Someone asks Design for help", "/p");
            }
            return () -> mailed.addAll(notices);
        }
    }

    private static Map<String, Integer> oncePerMemberButTheAsker(int members) {
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 1; i <= members; i++) {
            expected.put("key-m" + i, 1);
        }
        expected.put(LEAD, 1);
        expected.remove("key-m1");
        return expected;
    }

    private static Map<String, Integer> countByRecipient(List<Notice> notices) {
        Map<String, Integer> counts = new HashMap<>();
        notices.forEach(n -> counts.merge(n.recipientKey(), 1, Integer::sum));
        return counts;
    }

    private long statementsOfOneAsk(Site site, String text) {
        viewer.become("key-m1");
        site.db.statementCounter().start();
        site.service.ask("design", text);
        return site.db.statementCounter().stop();
    }

    @EachDatabase
    void anAsk_costsTheSameStatements_for5MembersAsFor5000(TestDatabase db) throws SQLException {
        Site site = new Site(db);
        site.addMembers(4);
        long small = statementsOfOneAsk(site, "Who knows Figma?");

        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM \"AO_1514BA_MEMBER\" WHERE \"USER_KEY\" <> '" + LEAD + "'");
        }
        site.addMembers(4_999);
        long large = statementsOfOneAsk(site, "Who knows Sketch?");

        assertEquals(small, large, "statements of one ask, 5 vs 5,000 members");
        assertTrue(large <= 8, "statements of one ask: " + large);
        assertEquals(List.of(), site.notifier.mailed, "nobody is told in the request");
        assertEquals(Map.of(), site.inAppByRecipient());
    }

    @EachDatabase
    void theQueue_tellsEveryOtherMemberOnce_inBatches_evenWhenADrainDiesMidBatch(TestDatabase db) throws SQLException {
        Site site = new Site(db);
        site.addMembers(449); // with the lead 450 members: three batches of 200, 200 and 50
        viewer.become("key-m1");
        site.service.ask("design", "Who knows Figma?");

        int firstBatch = AskFanOut.BATCH - 1; // the lead and 199 others: the asker is not told
        site.notifier.failAfter.set(firstBatch + 57); // the first batch is kept, the second dies after 57 notices
        assertEquals(firstBatch, site.fanOut().drain(Duration.ofMinutes(1)));
        assertEquals(firstBatch, site.inAppByRecipient().size(), "the batch that died kept none of its notices");
        assertEquals(firstBatch, site.notifier.mailed.size(), "nor handed over its mails");

        site.notifier.failAfter.set(Integer.MAX_VALUE);
        assertEquals(449 - firstBatch, site.fanOut().drain(Duration.ofMinutes(1)));
        assertEquals(0, site.fanOut().drain(Duration.ofMinutes(1)), "nothing is left");

        assertEquals(oncePerMemberButTheAsker(449), site.inAppByRecipient());
        assertEquals(oncePerMemberButTheAsker(449), countByRecipient(site.notifier.mailed));
    }

    @EachDatabase
    void twoNodesDrainingAtOnce_tellEveryMemberOnce(TestDatabase db) throws Exception {
        Site site = new Site(db);
        site.addMembers(999);
        viewer.become("key-m1");
        site.service.ask("design", "Who knows Figma?");
        viewer.become("key-m2");
        site.service.ask("design", "Who knows Sketch?");

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> told = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            AskFanOut fanOut = site.fanOut();
            told.add(nodes.submit(() -> {
                start.await();
                return fanOut.drain(Duration.ofMinutes(1));
            }));
        }
        start.countDown();
        int total = told.get(0).get(2, TimeUnit.MINUTES) + told.get(1).get(2, TimeUnit.MINUTES);
        nodes.shutdown();
        // Two batches writing the same people's notices at once may conflict: the one rolled back waits for a next turn.
        total += site.fanOut().drain(Duration.ofMinutes(1));

        assertEquals(2 * 999, total, "each ask told to the 999 others, once");
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 1; i <= 999; i++) {
            expected.put("key-m" + i, 2);
        }
        expected.put(LEAD, 2);
        expected.put("key-m1", 1);
        expected.put("key-m2", 1);
        assertEquals(expected, site.inAppByRecipient());
        assertEquals(expected, countByRecipient(site.notifier.mailed));
    }

    @EachDatabase
    void removingAnAsk_midWay_stopsItsFanOut(TestDatabase db) throws SQLException {
        Site site = new Site(db);
        site.addMembers(449);
        viewer.become("key-m1");
        CommunityAsk ask = site.service.ask("design", "Who knows Figma?");
        site.notifier.failAfter.set(AskFanOut.BATCH - 1); // one batch (the asker is not told), then the node dies
        site.fanOut().drain(Duration.ofMinutes(1));

        site.service.removeAsk("design", ask.id());
        site.notifier.failAfter.set(Integer.MAX_VALUE);

        assertEquals(0, site.fanOut().drain(Duration.ofMinutes(1)));
        assertEquals(AskFanOut.BATCH - 1, site.inAppByRecipient().size());
        assertEquals(List.of(), site.asks.pending(10));
    }

    @EachDatabase
    void theFourthAskOfADay_isRefused_evenWhenTenArriveAtOnce(TestDatabase db) throws Exception {
        Site site = new Site(db);
        site.addMembers(2);
        ExecutorService askers = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String text = "Ask " + i;
            answers.add(askers.submit(() -> {
                start.await();
                viewer.become("key-m1"); // the fake viewer is shared: every thread is the same person
                try {
                    site.service.ask("design", text);
                    return true;
                } catch (OutloudException e) {
                    assertEquals(Failure.TOO_MANY, e.failure());
                    return false;
                }
            }));
        }
        start.countDown();
        int kept = 0;
        for (Future<Boolean> answer : answers) {
            kept += answer.get(1, TimeUnit.MINUTES) ? 1 : 0;
        }
        askers.shutdown();

        assertEquals(CommunityAsk.PER_DAY, kept);
        assertEquals(CommunityAsk.PER_DAY, site.asks.recent(List.of("design"), Instant.EPOCH, 10).size());
        viewer.become("key-m1");
        OutloudException refused = assertThrows(OutloudException.class, () -> site.service.ask("design", "Once more"));
        assertEquals("outloud.community.error.ask-limit", refused.messageKey());
    }
}
