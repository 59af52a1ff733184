package io.outloud.wol.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Keyset;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.content.MacroIdentity;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.HelpOffer;

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

/** The help-offer store on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoHelpStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private AoHelpStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoHelpOffer.class, AoBlock.class);
        return new AoHelpStore(ao);
    }

    @EachDatabase
    void offer_thenFind_returnsTheSameOffer_withALongMessage(TestDatabase db) {
        AoHelpStore store = storeOn(db);
        String message = "I did this last year. ".repeat(22).strip();
        HelpOffer offer = store.offer(10L, "m-1", "alice", message, T0).orElseThrow();

        assertEquals(offer, store.find(offer.id()).orElseThrow());
        assertEquals(message, offer.message());
        assertEquals("alice", offer.helperKey());
        assertEquals(T0, offer.createdAt());
        assertFalse(offer.accepted());
        assertTrue(store.find(offer.id() + (1L << 32)).isEmpty());
        assertTrue(store.find(0).isEmpty());
    }

    @EachDatabase
    void aSecondOfferByTheSamePerson_isRefused_onAnotherBlockOrByAnotherPersonItIsNot(TestDatabase db) {
        AoHelpStore store = storeOn(db);
        assertTrue(store.offer(10L, "m-1", "alice", "one", T0).isPresent());

        assertTrue(store.offer(10L, "m-1", "alice", "two", T0).isEmpty());
        assertTrue(store.offer(10L, "m-2", "alice", "other block", T0).isPresent());
        assertTrue(store.offer(11L, "m-1", "alice", "copied page", T0).isPresent());
        assertTrue(store.offer(10L, "m-1", "bob", "other person", T0).isPresent());
        assertEquals(List.of("one", "other person"), store.page(10L, "m-1", null, 100).stream().map(HelpOffer::message).toList());
    }

    @EachDatabase
    void concurrentOffersByOnePerson_leaveExactlyOne(TestDatabase db) throws Exception {
        AoHelpStore store = storeOn(db);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<HelpOffer>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String message = "offer " + i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return store.offer(10L, "m-1", "alice", message, T0);
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<Optional<HelpOffer>> future : futures) {
                created += future.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertEquals(1, created);
            assertEquals(1, store.page(10L, "m-1", null, 100).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @EachDatabase
    void withdraw_removesOnlyThatPersonsOffer_andAllowsANewOne(TestDatabase db) {
        AoHelpStore store = storeOn(db);
        store.offer(10L, "m-1", "alice", "a", T0);
        store.offer(10L, "m-1", "bob", "b", T0);

        assertTrue(store.withdraw(10L, "m-1", "alice"));
        assertFalse(store.withdraw(10L, "m-1", "alice"));

        assertEquals(List.of("bob"), store.page(10L, "m-1", null, 100).stream().map(HelpOffer::helperKey).toList());
        assertTrue(store.offer(10L, "m-1", "alice", "again", T0).isPresent());
    }

    @EachDatabase
    void accept_marksOneOfferOfTheBlock(TestDatabase db) {
        AoHelpStore store = storeOn(db);
        HelpOffer alice = store.offer(10L, "m-1", "alice", "a", T0).orElseThrow();
        HelpOffer bob = store.offer(10L, "m-1", "bob", "b", T0).orElseThrow();
        HelpOffer elsewhere = store.offer(10L, "m-2", "carol", "c", T0).orElseThrow();
        store.accept(elsewhere.id());

        store.accept(alice.id());
        assertTrue(store.find(alice.id()).orElseThrow().accepted());
        store.accept(bob.id());

        assertFalse(store.find(alice.id()).orElseThrow().accepted(), "one helper per block");
        assertTrue(store.find(bob.id()).orElseThrow().accepted());
        assertTrue(store.find(elsewhere.id()).orElseThrow().accepted(), "another block keeps its helper");
    }

    @EachDatabase
    void accept_andReopen_keepTheBlocksGettingHelpFlagInStep_andErasingTheHelperReopensIt(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoHelpOffer.class, AoBlock.class, AoReaction.class, AoView.class, AoViewer.class, AoShareRequest.class, AoReply.class);
        AoHelpStore store = new AoHelpStore(ao);
        AoBlockStore blocks = new AoBlockStore(ao);
        blocks.create(new MacroIdentity("m-1", 10L, "DEV"), "farid", BlockStatus.STUCK, T0);
        blocks.create(new MacroIdentity("m-2", 10L, "DEV"), "farid", BlockStatus.STUCK, T0);
        HelpOffer alice = store.offer(10L, "m-1", "alice", "a", T0).orElseThrow();
        store.offer(10L, "m-1", "bob", "b", T0).orElseThrow();
        assertFalse(blocks.find(10L, "m-1").orElseThrow().gettingHelp(), "a new block (NULL) is not getting help");

        store.accept(alice.id());
        assertTrue(blocks.find(10L, "m-1").orElseThrow().gettingHelp());
        assertFalse(blocks.find(10L, "m-2").orElseThrow().gettingHelp(), "only its own block");

        assertTrue(store.reopen(10L, "m-1"));
        assertFalse(blocks.find(10L, "m-1").orElseThrow().gettingHelp());
        assertTrue(store.accepted(10L, "m-1").isEmpty(), "every offer open again");
        assertEquals(2, store.countOpen(10L, "m-1"));

        store.accept(alice.id());
        new WolPersonalData(ao).erase("alice", TextsOnErasure.DELETE);
        assertFalse(blocks.find(10L, "m-1").orElseThrow().gettingHelp(), "her offer gone, the block needs help again");
        assertEquals(List.of("bob"), store.page(10L, "m-1", null, 100).stream().map(HelpOffer::helperKey).toList());
    }

    @EachDatabase
    void forPage_andDeleteByPage_concernOnlyThatPage(TestDatabase db) {
        AoHelpStore store = storeOn(db);
        store.offer(10L, "m-1", "alice", "a", T0);
        store.offer(10L, "m-2", "bob", "b", T0);
        store.offer(11L, "m-1", "carol", "c", T0);

        assertEquals(2, store.forPage(10L).size());
        assertEquals(2, store.deleteByPage(10L));
        assertTrue(store.forPage(10L).isEmpty());
        assertEquals(1, store.forPage(11L).size());
    }

    @EachDatabase
    void page_walksOldestFirst_tiesOnTheSameTimeByIdInOrder_eachOfferOnce(TestDatabase db) {
        AoHelpStore store = storeOn(db);
        HelpOffer late = store.offer(10L, "m-1", "late", "saved first, made last", T0.plusSeconds(60)).orElseThrow();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            expected.add(store.offer(10L, "m-1", "helper-" + i, "offer " + i, i < 4 ? T0 : T0.plusSeconds(i)).orElseThrow().id());
        }
        expected.add(late.id());
        store.offer(10L, "m-2", "helper-0", "another block", T0);

        for (int limit : new int[] {1, 2, 3, 7, 50}) {
            List<Long> walked = new ArrayList<>();
            Keyset after = null;
            List<HelpOffer> page;
            do {
                page = store.page(10L, "m-1", after, limit);
                page.forEach(offer -> walked.add(offer.id()));
                after = page.isEmpty() ? after : Keyset.of(page.get(page.size() - 1).createdAt(), page.get(page.size() - 1).id());
            } while (page.size() == limit);
            assertEquals(expected, walked, "pages of " + limit);
        }
        assertEquals(List.of(), store.page(10L, "m-1", Keyset.of(late.createdAt(), late.id()), 5), "nothing past the last");
    }

    @EachDatabase
    void countOpen_byHelper_andAccepted_answerForOneBlock(TestDatabase db) {
        AoHelpStore store = storeOn(db);
        HelpOffer alice = store.offer(10L, "m-1", "alice", "a", T0).orElseThrow();
        store.offer(10L, "m-1", "bob", "b", T0).orElseThrow();
        store.offer(10L, "m-2", "alice", "elsewhere", T0).orElseThrow();
        assertEquals(2, store.countOpen(10L, "m-1"));
        assertTrue(store.accepted(10L, "m-1").isEmpty());

        store.accept(alice.id());

        assertEquals(1, store.countOpen(10L, "m-1"));
        assertEquals(alice.id(), store.accepted(10L, "m-1").orElseThrow().id());
        assertEquals("a", store.byHelper(10L, "m-1", "alice").orElseThrow().message());
        assertEquals("elsewhere", store.byHelper(10L, "m-2", "alice").orElseThrow().message());
        assertTrue(store.byHelper(10L, "m-1", "carol").isEmpty());
    }
}
