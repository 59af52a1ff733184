package io.outloud.wol.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Keyset;
import io.outloud.common.KeysetWalk;
import io.outloud.wol.ShareRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The share-request store on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoShareRequestStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private AoShareRequestStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoShareRequest.class);
        return new AoShareRequestStore(ao);
    }

    @EachDatabase
    void create_thenFind_returnsTheSameRequest(TestDatabase db) {
        AoShareRequestStore store = storeOn(db);
        String topic = "\uD83D\uDE00 what you learned about the export ".repeat(6).strip();
        ShareRequest request = store.create("alice", "farid", topic, 10L, "m-1", T0).orElseThrow();

        assertEquals(request, store.find(request.id()).orElseThrow());
        assertEquals(new ShareRequest(request.id(), "alice", "farid", topic, 10L, "m-1", ShareRequest.State.OPEN, T0, 0L, ""), request);
        assertTrue(store.find(request.id() + (1L << 32)).isEmpty());
        assertTrue(store.find(0).isEmpty());
    }

    @EachDatabase
    void aSecondOpenRequestOnTheSameTopic_isRefused_untilTheFirstIsClosed(TestDatabase db) {
        AoShareRequestStore store = storeOn(db);
        ShareRequest first = store.create("alice", "farid", "The export", 10L, "m-1", T0).orElseThrow();

        assertTrue(store.create("alice", "farid", "the EXPORT", 11L, "m-2", T0).isEmpty());
        assertTrue(store.create("alice", "farid", "the import", 10L, "m-1", T0).isPresent());
        assertTrue(store.create("bruno", "farid", "the export", 10L, "m-1", T0).isPresent());
        assertTrue(store.create("alice", "chloe", "the export", 10L, "m-1", T0).isPresent());

        assertTrue(store.decline(first.id(), T0));
        assertTrue(store.create("alice", "farid", "the export", 10L, "m-1", T0).isPresent(), "asked again after a decline");
    }

    @EachDatabase
    void listsAndCounts_areNewestFirst_andPerPerson(TestDatabase db) {
        AoShareRequestStore store = storeOn(db);
        ShareRequest a = store.create("alice", "farid", "one", 10L, "m-1", T0).orElseThrow();
        ShareRequest b = store.create("bruno", "farid", "two", 10L, "m-1", T0).orElseThrow();
        ShareRequest c = store.create("alice", "farid", "three", 10L, "m-1", T0).orElseThrow();
        store.create("alice", "chloe", "four", 10L, "m-1", T0).orElseThrow();
        store.decline(b.id(), T0);

        assertEquals(List.of(c.id(), a.id()), store.openFor("farid", null, 10).stream().map(ShareRequest::id).toList());
        assertEquals(List.of(c.id()), store.openFor("farid", null, 1).stream().map(ShareRequest::id).toList());
        assertEquals(List.of("four", "three", "one"), store.askedBy("alice", null, 10).stream().map(ShareRequest::topic).toList());
        assertEquals(3, store.countOpenAskedBy("alice"));
        assertEquals(0, store.countOpenAskedBy("bruno"));
    }

    @EachDatabase
    void answer_andDecline_closeAnOpenRequestOnce(TestDatabase db) {
        AoShareRequestStore store = storeOn(db);
        ShareRequest request = store.create("alice", "farid", "the export", 10L, "m-1", T0).orElseThrow();

        assertTrue(store.answer(request.id(), 20L, "m-answer", T0));
        assertFalse(store.answer(request.id(), 21L, "m-other", T0));
        assertFalse(store.decline(request.id(), T0));
        assertFalse(store.decline(9_999, T0));

        ShareRequest answered = store.find(request.id()).orElseThrow();
        assertEquals(ShareRequest.State.ANSWERED, answered.state());
        assertEquals(20L, answered.answerPageId());
        assertEquals("m-answer", answered.answerMacroId());
        assertEquals(List.of(answered), store.answeredOnPage(20L));
        assertTrue(store.answeredOnPage(10L).isEmpty());
        assertTrue(store.openFor("farid", null, 10).isEmpty());
    }

    @EachDatabase
    void declinedSince_findsADeclineOfTheSameQuestion_sinceThen_only(TestDatabase db) {
        AoShareRequestStore store = storeOn(db);
        ShareRequest request = store.create("alice", "farid", "The export", 10L, "m-1", T0).orElseThrow();
        assertFalse(store.declinedSince("alice", "farid", "the export", T0), "open, not declined");

        store.decline(request.id(), T0.plusSeconds(60));

        assertTrue(store.declinedSince("alice", "farid", "the export", T0));
        assertFalse(store.declinedSince("alice", "farid", "the export", T0.plusSeconds(61)), "declined before then");
        assertFalse(store.declinedSince("bruno", "farid", "the export", T0), "another asker");
        assertFalse(store.declinedSince("alice", "farid", "the import", T0), "another question");
    }

    @EachDatabase
    void deleteByPage_forgetsThePage_keepsTheRequests(TestDatabase db) {
        AoShareRequestStore store = storeOn(db);
        ShareRequest asked = store.create("alice", "farid", "the export", 10L, "m-1", T0).orElseThrow();
        ShareRequest other = store.create("alice", "farid", "the import", 30L, "m-3", T0).orElseThrow();
        store.answer(other.id(), 10L, "m-answer", T0);

        assertEquals(2, store.deleteByPage(10L));

        ShareRequest forgotten = store.find(asked.id()).orElseThrow();
        assertEquals(0L, forgotten.pageId());
        assertEquals("", forgotten.macroId());
        ShareRequest answerGone = store.find(other.id()).orElseThrow();
        assertEquals(30L, answerGone.pageId());
        assertEquals(ShareRequest.State.ANSWERED, answerGone.state());
        assertFalse(answerGone.hasAnswerBlock());
        assertTrue(store.answeredOnPage(10L).isEmpty());
    }

    @EachDatabase
    void concurrentDuplicates_endWithOneOpenRequest(TestDatabase db) throws Exception {
        AoShareRequestStore store = storeOn(db);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<ShareRequest>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.create("alice", "farid", "the export", 10L, "m-1", T0);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Optional<ShareRequest>> result : results) {
                created += result.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertEquals(1, created);
            assertEquals(1, store.openFor("farid", null, 10).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @EachDatabase
    void openFor_andAskedBy_walkNewestFirst_tiesOnTheSameTimeByIdInOrder_eachOnce(TestDatabase db) {
        AoShareRequestStore store = storeOn(db);
        List<Long> expected = new ArrayList<>();
        ShareRequest oldest = store.create("alice", "farid", "saved first, made first", 10L, "m-1", T0.minusSeconds(60)).orElseThrow();
        for (int i = 0; i < 6; i++) {
            expected.add(0, store.create("alice", "farid", "topic " + i, 10L, "m-1", i < 4 ? T0 : T0.plusSeconds(i)).orElseThrow().id());
        }
        // newest first: the two later ones, then the four made on the same millisecond by id descending, then the oldest
        List<Long> tiesLast = new ArrayList<>(expected);
        tiesLast.add(oldest.id());
        store.create("bruno", "farid", "someone else asked", 10L, "m-1", T0.minusSeconds(120)).orElseThrow();
        store.create("alice", "chloe", "someone else asked of", 10L, "m-1", T0.minusSeconds(120)).orElseThrow();

        for (int limit : new int[] {1, 2, 3, 7, 50}) {
            List<Long> asked = KeysetWalk.all((after, n) -> store.askedBy("alice", after, n), r -> Keyset.of(r.createdAt(), r.id()), limit)
                    .stream().filter(r -> r.askeeKey().equals("farid")).map(ShareRequest::id).toList();
            assertEquals(tiesLast, asked, "asked by, pages of " + limit);
            List<Long> open = KeysetWalk.all((after, n) -> store.openFor("farid", after, n), r -> Keyset.of(r.createdAt(), r.id()), limit)
                    .stream().filter(r -> r.askerKey().equals("alice")).map(ShareRequest::id).toList();
            assertEquals(tiesLast, open, "open for, pages of " + limit);
        }
    }
}
