package io.outloud.wol.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Keyset;
import io.outloud.wol.SeenCount;
import io.outloud.wol.SeenViewer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seen-by store on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoViewStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private AoViewStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoView.class, AoViewer.class, AoViewDay.class);
        return new AoViewStore(ao);
    }

    @EachDatabase
    void record_oncePerPersonAndDay_andTheViewerOnceEver(TestDatabase db) throws Exception {
        AoViewStore store = storeOn(db);

        assertTrue(store.record(10L, "m-1", "alice", "Engineering", DAY, T0));
        assertFalse(store.record(10L, "m-1", "alice", "Engineering", DAY, T0.plusSeconds(60)), "same day");
        assertTrue(store.record(10L, "m-1", "alice", "Engineering", DAY.plusDays(1), T0.plusSeconds(86_400)), "next day");

        assertEquals(2, rows(db, "AO_1514BA_BLOCK_VIEW"));
        assertEquals(1, rows(db, "AO_1514BA_BLOCK_VIEWER"));
        assertEquals(new SeenCount(1, 1), store.count(10L, "m-1"));
        assertEquals(List.of("alice"), keys(store.viewers(10L, "m-1", null, 10)));
    }

    @EachDatabase
    void theDatabaseRefusesASecondViewOnTheSameDay(TestDatabase db) {
        storeOn(db).record(10L, "m-1", "alice", null, DAY, T0);

        assertThrowsAny(() -> db.execute("INSERT INTO \"AO_1514BA_BLOCK_VIEW\" (\"PAGE_ID\", \"MACRO_ID\", \"USER_KEY\", \"SEEN_DAY\","
                + " \"UNIQUE_KEY\", \"SEEN_AT\") VALUES (10, 'm-1', 'alice', '2026-11-02', '10|m-1|alice|2026-11-02', 0)"));
    }

    @EachDatabase
    void record_byFiftyThreadsAtOnce_keepsOneView(TestDatabase db) throws Exception {
        AoViewStore store = storeOn(db);

        List<Boolean> results = concurrently(50, i -> store.record(10L, "m-1", "alice", "Engineering", DAY, T0));

        assertEquals(1, results.stream().filter(recorded -> recorded).count(), "exactly one request recorded it");
        assertEquals(1, rows(db, "AO_1514BA_BLOCK_VIEW"));
        assertEquals(1, rows(db, "AO_1514BA_BLOCK_VIEWER"));
        assertEquals(new SeenCount(1, 1), store.count(10L, "m-1"));
    }

    @EachDatabase
    void record_byManyPeopleAtOnce_countsEveryone(TestDatabase db) throws Exception {
        AoViewStore store = storeOn(db);

        concurrently(50, i -> store.record(10L, "m-1", "user-" + i, "Department " + (i % 7), DAY, T0));

        assertEquals(new SeenCount(50, 7), store.count(10L, "m-1"));
    }

    @EachDatabase
    void countsForPage_perBlock_distinctViewersAndKnownDepartments_inOneStatement(TestDatabase db) {
        AoViewStore store = storeOn(db);
        assertEquals(Map.of(), store.countsForPage(10L));
        for (int i = 0; i < 60; i++) {
            store.record(10L, "m-" + (i % 3), "user-" + i, i % 10 == 0 ? null : "Department " + (i % 4), DAY, T0);
            store.record(10L, "m-" + (i % 3), "user-" + i, "Department " + (i % 4), DAY.plusDays(1), T0); // a second day: no new viewer
        }
        store.record(11L, "m-0", "user-x", "Elsewhere", DAY, T0);

        db.statementCounter().start();
        Map<String, SeenCount> counts = store.countsForPage(10L);
        long statements = db.statementCounter().stop();

        assertEquals(1, statements);
        assertEquals(Map.of("m-0", new SeenCount(20, 4), "m-1", new SeenCount(20, 4), "m-2", new SeenCount(20, 4)), counts);
        assertEquals(Map.of("m-0", new SeenCount(1, 1)), store.countsForPage(11L));
    }

    @EachDatabase
    void viewers_latestFirst_limited(TestDatabase db) {
        AoViewStore store = storeOn(db);
        for (int i = 0; i < 5; i++) {
            store.record(10L, "m-1", "user-" + i, null, DAY, T0.plusSeconds(i));
        }
        assertEquals(List.of("user-4", "user-3", "user-2"), keys(store.viewers(10L, "m-1", null, 3)));
        assertEquals(new SeenCount(5, 0), store.count(10L, "m-1"), "no known department");
    }

    @EachDatabase
    void viewers_walkedPageByPage_giveEveryViewerOnce_latestFirst(TestDatabase db) {
        AoViewStore store = storeOn(db);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Groups of three share a first-view time, so the id decides within a group.
            store.record(10L, "m-1", "user-" + i, null, DAY, T0.plusSeconds(i / 3));
            expected.add(0, "user-" + i);
        }
        store.record(10L, "m-2", "other-block", null, DAY, T0.plusSeconds(100));

        List<String> walked = new ArrayList<>();
        Keyset before = null;
        int pages = 0;
        do {
            List<SeenViewer> page = store.viewers(10L, "m-1", before, 5);
            walked.addAll(keys(page));
            before = page.size() < 5 ? null : page.get(page.size() - 1).position();
            pages++;
        } while (before != null);

        assertEquals(expected, walked, "no repeats, no skips, latest first");
        assertEquals(5, pages);
    }

    private static List<String> keys(List<SeenViewer> viewers) {
        return viewers.stream().map(SeenViewer::userKey).toList();
    }

    @EachDatabase
    void deleteByPage_removesThatPagesViewsOnly(TestDatabase db) throws Exception {
        AoViewStore store = storeOn(db);
        store.record(10L, "m-1", "alice", null, DAY, T0);
        store.record(11L, "m-1", "alice", null, DAY, T0);

        assertEquals(1, store.deleteByPage(10L));

        assertEquals(SeenCount.NONE, store.count(10L, "m-1"));
        assertEquals(new SeenCount(1, 0), store.count(11L, "m-1"));
        assertTrue(store.record(10L, "m-1", "alice", null, DAY, T0), "a purged view can be recorded anew");
    }

    private static long rows(TestDatabase db, String table) throws Exception {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private interface Task<T> {
        T run(int index) throws Exception;
    }

    private static <T> List<T> concurrently(int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<T> call = () -> {
                    ready.countDown();
                    go.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertThrowsAny(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException expected) {
            return;
        }
        throw new AssertionError("expected the database to refuse");
    }
}
