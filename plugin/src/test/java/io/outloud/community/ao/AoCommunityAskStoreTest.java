package io.outloud.community.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.community.CommunityAsk;

import io.outloud.community.CommunityAskStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Communities' asks on H2 and PostgreSQL. */
class AoCommunityAskStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private static AoCommunityAskStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoCommunityAsk.class, AoAskBatch.class);
        return new AoCommunityAskStore(ao);
    }

    @EachDatabase
    void add_givesTheAskBack_withItsId(TestDatabase db) {
        AoCommunityAskStore asks = storeOn(db);
        String text = "Who knows Figma?\nAnd 日本語 \uD83D\uDE00 " + "x".repeat(480);

        CommunityAsk ask = asks.add("design", "key-alice", text, T0);
        CommunityAsk next = asks.add("design", "key-bob", "Another", T0);

        assertTrue(ask.id() > 0);
        assertNotEquals(ask.id(), next.id());
        assertEquals(new CommunityAsk(ask.id(), "design", "key-alice", text, T0), ask);
        assertEquals(List.of(next, ask), asks.recent(List.of("design"), T0, 10), "the same time: the later ask first");
    }

    @EachDatabase
    void recent_areTheNewestOfTheseCommunities_sinceTheCutoff_atMostTheLimit(TestDatabase db) {
        AoCommunityAskStore asks = storeOn(db);
        CommunityAsk old = asks.add("design", "key-alice", "Old", T0.minusMillis(1));
        CommunityAsk atCutoff = asks.add("design", "key-alice", "At the cutoff", T0);
        CommunityAsk platform = asks.add("platform", "key-bob", "Platform", T0.plusSeconds(20));
        CommunityAsk design = asks.add("design", "key-carol", "Design", T0.plusSeconds(10));
        asks.add("sales", "key-dave", "Sales", T0.plusSeconds(30));

        assertEquals(List.of(platform, design, atCutoff), asks.recent(Set.of("design", "platform"), T0, 10));
        assertEquals(List.of(platform, design), asks.recent(List.of("design", "platform"), T0, 2));
        assertEquals(List.of(design, atCutoff, old), asks.recent(List.of("design"), Instant.EPOCH, 10));
        assertEquals(List.of(), asks.recent(List.of(), Instant.EPOCH, 10));
        assertEquals(List.of(), asks.recent(List.of("desig%"), Instant.EPOCH, 10), "a key is no pattern");
        assertEquals(List.of(), asks.recent(List.of("design"), T0.plusSeconds(11), 10));
    }

    /**
     * BUG (AoCommunityAsk has no {@code @Preload}, unlike every other entity of the app): Query.select() loads the ID
     * only, so each getter of each ask found runs one more SELECT; a stream with 20 asks costs 81 statements, not one.
     * Fails until AoCommunityAsk is annotated {@code @Preload}.
     */
    @EachDatabase
    void recent_isOneStatement_whateverTheNumberOfAsks(TestDatabase db) {
        AoCommunityAskStore asks = storeOn(db);
        asks.add("design", "key-alice", "One", T0);
        asks.add("platform", "key-bob", "Two", T0);
        asks.add("sales", "key-carol", "Three", T0);

        db.statementCounter().start();
        List<CommunityAsk> found = asks.recent(List.of("design", "platform", "sales"), Instant.EPOCH, 10);
        long statements = db.statementCounter().stop();

        assertEquals(3, found.size());
        assertEquals(1, statements, "statements for three asks");
    }

    @EachDatabase
    void deleteCommunity_removesItsAsksOnly(TestDatabase db) {
        AoCommunityAskStore asks = storeOn(db);
        asks.add("design", "key-alice", "One", T0);
        asks.add("design", "key-bob", "Two", T0);
        CommunityAsk platform = asks.add("platform", "key-bob", "Three", T0);

        assertEquals(2, asks.deleteCommunity("design"));

        assertEquals(List.of(platform), asks.recent(List.of("design", "platform"), Instant.EPOCH, 10));
        assertEquals(0, asks.deleteCommunity("design"));
    }

    @EachDatabase
    void add_withALimit_refusesTheAskerPastItForTheDay_removedAsksCounting_otherCommunitiesAndDaysApart(TestDatabase db) {
        AoCommunityAskStore asks = storeOn(db);
        CommunityAsk first = asks.add("design", "key-alice", "One", T0, 2).orElseThrow();
        asks.remove(first.id());
        asks.add("design", "key-alice", "Two", T0.plusSeconds(1), 2).orElseThrow();

        assertEquals(Optional.empty(), asks.add("design", "key-alice", "Three", T0.plusSeconds(2), 2));
        assertTrue(asks.add("platform", "key-alice", "Elsewhere", T0, 2).isPresent());
        assertTrue(asks.add("design", "key-bob", "Someone else", T0, 2).isPresent());
        assertTrue(asks.add("design", "key-alice", "Tomorrow (UTC)", Instant.parse("2026-11-03T00:00:00Z"), 2).isPresent());
        assertEquals(Optional.empty(), asks.find(first.id()), "removed");
        assertEquals(List.of("Tomorrow (UTC)", "Two", "Someone else"), asks.recent(List.of("design"), Instant.EPOCH, 10).stream()
                .map(CommunityAsk::text).toList());
    }

    @EachDatabase
    void pending_areTheAsksNotToldToAll_oldestFirst_withTheirCursor(TestDatabase db) {
        AoCommunityAskStore asks = storeOn(db);
        CommunityAsk one = asks.add("design", "key-alice", "One", T0);
        CommunityAsk two = asks.add("design", "key-bob", "Two", T0);
        CommunityAsk removed = asks.add("design", "key-carol", "Removed", T0);
        asks.remove(removed.id());

        assertEquals(List.of(new CommunityAskStore.Pending(one, 0), new CommunityAskStore.Pending(two, 0)), asks.pending(10));
        assertTrue(asks.tellBatch(one.id(), 0, 17, 3, T0, () -> { }));
        assertEquals(List.of(new CommunityAskStore.Pending(one, 17), new CommunityAskStore.Pending(two, 0)), asks.pending(10));
        asks.toldAll(one.id());
        assertEquals(List.of(new CommunityAskStore.Pending(two, 0)), asks.pending(10));
        assertEquals(List.of(), asks.pending(0));
    }

    @EachDatabase
    void tellBatch_isAllOrNothing_andOneBatchIsKeptOnce(TestDatabase db) {
        AoCommunityAskStore asks = storeOn(db);
        CommunityAsk ask = asks.add("design", "key-alice", "One", T0);
        CommunityAsk removed = asks.add("design", "key-bob", "Removed", T0);
        asks.remove(removed.id());
        AtomicInteger told = new AtomicInteger();

        assertThrows(IllegalStateException.class, () -> asks.tellBatch(ask.id(), 0, 200, 199, T0, () -> {
            throw new IllegalStateException("died mid-batch");
        }));
        assertEquals(List.of(new CommunityAskStore.Pending(ask, 0)), asks.pending(10), "nothing kept: the claim neither");
        assertTrue(asks.tellBatch(ask.id(), 0, 200, 199, T0, told::incrementAndGet));
        assertFalse(asks.tellBatch(ask.id(), 0, 200, 199, T0, told::incrementAndGet), "the same batch again");
        assertFalse(asks.tellBatch(ask.id(), 150, 300, 150, T0, told::incrementAndGet), "a cursor that is not the ask's");
        assertFalse(asks.tellBatch(removed.id(), 0, 200, 199, T0, told::incrementAndGet), "a removed ask");
        assertEquals(1, told.get());
        assertEquals(List.of(new CommunityAskStore.Pending(ask, 200)), asks.pending(10));
    }

    @EachDatabase
    void tellBatch_byTwoDrainersAtOnce_isKeptByOne(TestDatabase db) throws Exception {
        AoCommunityAskStore asks = storeOn(db);
        CommunityAsk ask = asks.add("design", "key-alice", "One", T0);
        for (int round = 0; round < 10; round++) {
            long from = round * 200L;
            AtomicInteger told = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService drainers = Executors.newFixedThreadPool(2);
            List<Future<Boolean>> kept = List.of(drainers.submit(() -> {
                start.await();
                return asks.tellBatch(ask.id(), from, from + 200, 200, T0, told::incrementAndGet);
            }), drainers.submit(() -> {
                start.await();
                return asks.tellBatch(ask.id(), from, from + 200, 200, T0, told::incrementAndGet);
            }));
            start.countDown();
            int keptBy = (kept.get(0).get(1, TimeUnit.MINUTES) ? 1 : 0) + (kept.get(1).get(1, TimeUnit.MINUTES) ? 1 : 0);
            drainers.shutdown();

            assertEquals(1, keptBy, "round " + round);
            assertTrue(told.get() >= 1, "round " + round); // the loser may have run its batch too, then rolled it back
            assertEquals(List.of(new CommunityAskStore.Pending(ask, from + 200)), asks.pending(10));
        }
    }
}
