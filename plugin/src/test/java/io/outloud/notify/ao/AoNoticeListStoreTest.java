package io.outloud.notify.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.notify.InMemoryNoticeListStore;
import io.outloud.notify.NoticeListStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notification list's store on H2 and PostgreSQL, and the in-memory fake answering the same. */
class AoNoticeListStoreTest {
    private static NoticeListStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoNotice.class);
        return new AoNoticeListStore(ao);
    }

    private static NoticeListStore.NewNotice notice(String to, String group, long pageId, String text, int second) {
        return new NoticeListStore.NewNotice(to, group, "reply", pageId, "Alice replied on \"Plans <&> 'Q1'\"", text,
                "/pages/viewpage.action?pageId=" + pageId + "#outloud-block-m", Instant.parse("2026-12-01T10:00:00Z").plusSeconds(second));
    }

    @EachDatabase
    void groups_latestRows_sizes_andReadMarks(TestDatabase db) {
        for (NoticeListStore store : List.of(storeOn(db), new InMemoryNoticeListStore())) {
            store.add(notice("farid", "block:7:m-1", 7L, "first", 1));
            store.add(notice("farid", "block:8:m-2", 8L, "other", 2));
            store.add(notice("farid", "block:7:m-1", 7L, "second \u00e9 <b>", 3));
            store.add(notice("alice", "block:7:m-1", 7L, "alice's", 4));

            List<NoticeListStore.Row> latest = store.latest("farid", Long.MAX_VALUE, 10);
            assertEquals(List.of("second \u00e9 <b>", "other"), latest.stream().map(NoticeListStore.Row::text).toList(), store.getClass().getSimpleName());
            NoticeListStore.Row top = latest.get(0);
            assertEquals("block:7:m-1", top.groupKey());
            assertEquals("Alice replied on \"Plans <&> 'Q1'\"", top.title());
            assertEquals(7L, top.pageId());
            assertEquals(Instant.parse("2026-12-01T10:00:03Z"), top.at());
            assertTrue(top.unread());
            assertEquals(List.of("other"), store.latest("farid", top.id(), 10).stream().map(NoticeListStore.Row::text).toList(), "keyset");
            assertEquals(Map.of("block:7:m-1", 2, "block:8:m-2", 1), store.sizes("farid", Set.of("block:7:m-1", "block:8:m-2", "none")));
            assertEquals(Map.of(), store.sizes("farid", Set.of()));

            assertEquals(2, store.unreadLatest("farid", 10).size());
            assertFalse(store.markRead("alice", top.id()), "not Alice's entry");
            assertTrue(store.markRead("farid", top.id()));
            assertEquals(List.of("other"), store.unreadLatest("farid", 10).stream().map(NoticeListStore.Row::text).toList());
            store.add(notice("farid", "block:7:m-1", 7L, "third", 5));
            assertEquals(2, store.unreadLatest("farid", 10).size(), "a new notice makes its group unread again");

            store.markAllRead("farid");
            assertEquals(List.of(), store.unreadLatest("farid", 10));
            assertEquals(1, store.unreadLatest("alice", 10).size(), "one person's marks leave the others' alone");
        }
    }

    @EachDatabase
    void concurrentNoticesForOneGroup_areAllCounted(TestDatabase db) throws Exception {
        NoticeListStore store = storeOn(db);
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    start.await();
                    store.add(notice("farid", "block:7:m-1", 7L, "n" + n, n));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of("block:7:m-1", writers), store.sizes("farid", Set.of("block:7:m-1")), "appended rows count exactly");
        assertTrue(store.latest("farid", Long.MAX_VALUE, 10).size() >= 1);
    }
}
