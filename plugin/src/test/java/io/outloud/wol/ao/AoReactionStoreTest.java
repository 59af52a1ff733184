package io.outloud.wol.ao;

import io.outloud.testing.RacingActiveObjects;
import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Keyset;
import io.outloud.wol.Reaction;
import io.outloud.wol.Reactor;
import io.outloud.wol.ReactionKind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reaction store on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoReactionStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private AoReactionStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoReaction.class);
        return new AoReactionStore(ao);
    }

    @EachDatabase
    void toggle_once_addsTheReaction(TestDatabase db) {
        AoReactionStore store = storeOn(db);

        assertTrue(store.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0));

        assertEquals(List.of(new Reaction("m-1", "alice", ReactionKind.THANKS)), store.forBlock(10L, "m-1"));
    }

    @EachDatabase
    void toggle_twiceWithSameKind_removesTheReaction(TestDatabase db) {
        AoReactionStore store = storeOn(db);
        store.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0);

        assertFalse(store.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0.plusSeconds(1)));

        assertTrue(store.forBlock(10L, "m-1").isEmpty());
        assertTrue(store.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0.plusSeconds(2)), "a third toggle adds it again");
    }

    @EachDatabase
    void toggle_eachKind_keepsOneOfEachPerPerson(TestDatabase db) {
        AoReactionStore store = storeOn(db);
        for (ReactionKind kind : ReactionKind.values()) {
            assertTrue(store.toggle(10L, "m-1", "alice", kind, T0));
        }
        store.toggle(10L, "m-1", "bob", ReactionKind.THANKS, T0);

        List<Reaction> reactions = store.forBlock(10L, "m-1");

        assertEquals(ReactionKind.values().length + 1, reactions.size());
        assertEquals(Set.of(ReactionKind.values()),
                Set.copyOf(reactions.stream().filter(r -> r.userKey().equals("alice")).map(Reaction::kind).toList()));
        assertEquals(reactions.size(), new HashSet<>(reactions).size(), "no duplicates");
    }

    @EachDatabase
    void toggle_sameKindOnAnotherBlock_isASeparateReaction(TestDatabase db) {
        AoReactionStore store = storeOn(db);
        store.toggle(10L, "m-1", "alice", ReactionKind.USEFUL, T0);

        assertTrue(store.toggle(10L, "m-2", "alice", ReactionKind.USEFUL, T0));

        assertEquals(1, store.forBlock(10L, "m-1").size());
        assertEquals(1, store.forBlock(10L, "m-2").size());
    }

    @EachDatabase
    void toggle_sameMacroIdOnACopiedPage_isASeparateBlockWithItsOwnReactions(TestDatabase db) {
        AoReactionStore store = storeOn(db);
        assertTrue(store.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0));

        assertTrue(store.toggle(11L, "m-1", "alice", ReactionKind.THANKS, T0), "the copy's first toggle adds, not removes");
        store.toggle(11L, "m-1", "bob", ReactionKind.USEFUL, T0);

        assertEquals(List.of(new Reaction("m-1", "alice", ReactionKind.THANKS)), store.forBlock(10L, "m-1"));
        assertEquals(2, store.forBlock(11L, "m-1").size());
        assertEquals(1, store.forPage(10L).size());

        assertFalse(store.toggle(11L, "m-1", "alice", ReactionKind.THANKS, T0));
        assertEquals(List.of(new Reaction("m-1", "alice", ReactionKind.THANKS)), store.forBlock(10L, "m-1"), "the original keeps it");
    }

    @EachDatabase
    void deleteByPage_removesThatPagesReactionsOnly_andSaysHowMany(TestDatabase db) {
        AoReactionStore store = storeOn(db);
        store.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0);
        store.toggle(10L, "m-2", "bob", ReactionKind.LEARNED, T0);
        store.toggle(11L, "m-1", "alice", ReactionKind.THANKS, T0);

        assertEquals(2, store.deleteByPage(10L));

        assertTrue(store.forPage(10L).isEmpty());
        assertEquals(List.of(new Reaction("m-1", "alice", ReactionKind.THANKS)), store.forBlock(11L, "m-1"));
        assertEquals(0, store.deleteByPage(10L));
        assertTrue(store.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0), "a purged reaction can be added anew");
    }

    @EachDatabase
    void toggle_storesPageTimeAndAUniqueKeyPerBlockPersonAndKind(TestDatabase db) throws Exception {
        storeOn(db).toggle(10L, "m-1", "alice", ReactionKind.CAN_HELP, T0);

        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT \"PAGE_ID\", \"KIND\", \"CREATED_AT\", \"UNIQUE_KEY\" FROM \"AO_1514BA_REACTION\"")) {
            assertTrue(rows.next());
            assertEquals(10L, rows.getLong(1));
            assertEquals("CAN_HELP", rows.getString(2));
            assertEquals(T0.toEpochMilli(), rows.getLong(3));
            assertEquals("10|m-1|alice|CAN_HELP", rows.getString(4));
            assertFalse(rows.next());
        }
    }

    @EachDatabase
    void theDatabaseRefusesASecondRowWithTheSameUniqueKey(TestDatabase db) {
        storeOn(db).toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0);

        assertThrowsAny(() -> db.execute("INSERT INTO \"AO_1514BA_REACTION\" (\"MACRO_ID\", \"PAGE_ID\", \"USER_KEY\", \"KIND\","
                + " \"UNIQUE_KEY\", \"CREATED_AT\") VALUES ('m-1', 10, 'alice', 'THANKS', '10|m-1|alice|THANKS', 0)"));
    }

    @EachDatabase
    void reactors_walkedPageByPage_giveEveryoneOfThatKindOnce_oldestFirst(TestDatabase db) {
        AoReactionStore store = storeOn(db);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Groups of three react at the same moment, so the id decides within a group.
            store.toggle(10L, "m-1", "user-" + i, ReactionKind.USEFUL, T0.plusSeconds(i / 3));
            store.toggle(10L, "m-1", "user-" + i, ReactionKind.THANKS, T0.plusSeconds(i / 3));
            expected.add("user-" + i);
        }
        store.toggle(10L, "m-2", "other-block", ReactionKind.USEFUL, T0);

        List<String> walked = new ArrayList<>();
        Keyset after = null;
        int pages = 0;
        do {
            List<Reactor> page = store.reactors(10L, "m-1", ReactionKind.USEFUL, after, 5);
            page.forEach(r -> walked.add(r.userKey()));
            after = page.size() < 5 ? null : page.get(page.size() - 1).position();
            pages++;
        } while (after != null);

        assertEquals(expected, walked, "no repeats, no skips, oldest first, one kind only");
        assertEquals(5, pages);
        assertTrue(store.reactors(10L, "m-1", ReactionKind.LEARNED, null, 5).isEmpty());
    }

    @EachDatabase
    void forBlock_ofABlockWithoutReactions_isEmpty(TestDatabase db) {
        assertTrue(storeOn(db).forBlock(10L, "nope").isEmpty());
    }

    @EachDatabase
    void forPage_returnsOnlyThatPagesReactions(TestDatabase db) {
        AoReactionStore store = storeOn(db);
        store.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0);
        store.toggle(10L, "m-2", "bob", ReactionKind.LEARNED, T0);
        store.toggle(11L, "m-3", "alice", ReactionKind.THANKS, T0);

        assertEquals(Set.of(new Reaction("m-1", "alice", ReactionKind.THANKS), new Reaction("m-2", "bob", ReactionKind.LEARNED)),
                Set.copyOf(store.forPage(10L)));
        assertEquals(List.of(new Reaction("m-3", "alice", ReactionKind.THANKS)), store.forPage(11L));
        assertTrue(store.forPage(12L).isEmpty());
    }

    @EachDatabase
    void forPage_costsOneStatementWhateverTheNumberOfReactions(TestDatabase db) {
        AoReactionStore store = storeOn(db);
        assertEquals(1, statementsFor(db, () -> store.forPage(10L)), "an empty page");
        store.toggle(10L, "m-0", "user-0", ReactionKind.THANKS, T0);
        assertEquals(1, statementsFor(db, () -> store.forPage(10L)), "one reaction");
        for (int i = 1; i < 60; i++) {
            store.toggle(10L, "m-" + (i % 6), "user-" + i, ReactionKind.values()[i % ReactionKind.values().length], T0);
        }
        store.toggle(11L, "m-x", "user-x", ReactionKind.THANKS, T0);

        db.statementCounter().start();
        List<Reaction> reactions = store.forPage(10L);
        for (Reaction reaction : reactions) { // reading every property must not load rows lazily
            assertFalse(reaction.macroId().isEmpty());
            assertFalse(reaction.userKey().isEmpty());
        }
        long statements = db.statementCounter().stop();

        assertEquals(60, reactions.size());
        assertEquals(1, statements);
    }

    @EachDatabase
    void toggle_byManyPeopleAtOnce_keepsEveryReaction(TestDatabase db) throws Exception {
        AoReactionStore store = storeOn(db);
        int people = 200;

        List<Boolean> results = concurrently(50, people, i -> store.toggle(10L, "m-1", "user-" + i, ReactionKind.THANKS, T0));

        assertTrue(results.stream().allMatch(added -> added), "every toggle added");
        assertEquals(people, store.forBlock(10L, "m-1").size());
        assertEquals(people, store.forPage(10L).size());
    }

    @EachDatabase
    void toggle_twiceAtOnceByEachPerson_endsWithNoReactions(TestDatabase db) throws Exception {
        AoReactionStore store = storeOn(db);
        int people = 50;

        // Task i and task i + people are the same person's two clicks, started together.
        List<Boolean> results = concurrently(people * 2, people * 2,
                i -> store.toggle(10L, "m-1", "user-" + (i % people), ReactionKind.USEFUL, T0));

        assertTrue(store.forBlock(10L, "m-1").isEmpty(), () -> "left over: " + store.forBlock(10L, "m-1").size());
        for (int person = 0; person < people; person++) {
            assertTrue(results.get(person) ^ results.get(person + people), "one click added, the other removed: user-" + person);
        }
    }

    @EachDatabase
    void toggle_threeTimesAtOnceByEachPerson_endsWithOneReactionEach(TestDatabase db) throws Exception {
        AoReactionStore store = storeOn(db);
        int people = 20;

        concurrently(people * 3, people * 3, i -> store.toggle(10L, "m-1", "user-" + (i % people), ReactionKind.LEARNED, T0));

        List<Reaction> reactions = store.forBlock(10L, "m-1");
        assertEquals(people, reactions.size());
        assertEquals(people, new HashSet<>(reactions).size());
    }

    @EachDatabase
    void toggle_racingInsert_isRetriedAndRemovesTheRowTheOtherClickAdded(TestDatabase db) throws Exception {
        // Deterministic race: the first find sees no row, then another click commits one before this insert.
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoReaction.class);
        AoReactionStore other = new AoReactionStore(ao);
        AtomicInteger lookups = new AtomicInteger();
        AoReactionStore racing = new AoReactionStore(new RacingActiveObjects(ao, () -> {
            if (lookups.incrementAndGet() == 1) {
                runOnAnotherThread(() -> other.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0));
            }
        }));

        boolean added = racing.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0);

        assertFalse(added, "the retry saw the other click's row and removed it");
        assertEquals(2, lookups.get(), "one retry");
        assertTrue(other.forBlock(10L, "m-1").isEmpty());
    }

    @EachDatabase
    void toggle_racingRemovals_doNotBothCountAsRemoving(TestDatabase db) throws Exception {
        // Alice's reaction exists and two of her clicks arrive together: one removes it, so the other must add it
        // back (two toggles leave it present), not count as a second removal of the same row.
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoReaction.class);
        AoReactionStore other = new AoReactionStore(ao);
        other.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0);
        AtomicInteger lookups = new AtomicInteger();
        List<Future<Boolean>> otherClick = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            AoReactionStore racing = new AoReactionStore(new RacingActiveObjects(ao, () -> {
                if (lookups.incrementAndGet() == 1) {
                    otherClick.add(pool.submit(() -> other.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0)));
                    sleep(300); // let the other click reach the row while this one has not committed yet
                }
            }));

            boolean firstRemoved = !racing.toggle(10L, "m-1", "alice", ReactionKind.THANKS, T0);
            boolean secondAdded = otherClick.get(0).get(60, TimeUnit.SECONDS);

            assertTrue(firstRemoved);
            assertTrue(secondAdded, "the row was already gone, so the second click adds it back");
            assertEquals(List.of(new Reaction("m-1", "alice", ReactionKind.THANKS)), other.forBlock(10L, "m-1"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static long statementsFor(TestDatabase db, Runnable work) {
        db.statementCounter().start();
        work.run();
        return db.statementCounter().stop();
    }

    private interface Task<T> {
        T run(int index) throws Exception;
    }

    /** Runs tasks 0..count-1 on a pool of threads, all released at once; returns the results by index. */
    private static <T> List<T> concurrently(int threads, int count, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(Math.min(threads, count));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> call = () -> {
                    if (index < threads) {
                        ready.countDown();
                    }
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runOnAnotherThread(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
