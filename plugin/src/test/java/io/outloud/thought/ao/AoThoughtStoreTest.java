package io.outloud.thought.ao;

import io.outloud.testing.RacingActiveObjects;
import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.content.MacroIdentity;
import io.outloud.common.Keyset;
import io.outloud.common.KeysetWalk;
import io.outloud.thought.Thought;
import io.outloud.thought.ThoughtStage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thought store on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoThoughtStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");
    private static final MacroIdentity M1 = new MacroIdentity("m-1", 10L, "DEV");

    private static JdbcActiveObjects aoOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoThought.class);
        return ao;
    }

    private AoThoughtStore storeOn(TestDatabase db) {
        return new AoThoughtStore(aoOn(db));
    }

    private static Thought create(AoThoughtStore store, String macroId, long pageId, String spaceKey, String author, ThoughtStage stage, Instant at) {
        return store.create(new MacroIdentity(macroId, pageId, spaceKey), author, stage, "", at);
    }

    @EachDatabase
    void create_thenFind_returnsTheSameThought(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        String question = "Grüße 😀 \"'<>& 日本 ".repeat(20).strip();

        Thought created = store.create(M1, "user-a", ThoughtStage.GROWING, question, T0);

        assertTrue(created.id() > 0);
        assertEquals(new Thought(created.id(), M1, "user-a", ThoughtStage.GROWING, ThoughtStage.GROWING, question, T0, T0, null, 0L, null), created);
        assertEquals(created, store.find(10L, "m-1").orElseThrow());
    }

    @EachDatabase
    void rowsLiveInTheTableAtlassiansAoWouldName_withTheThoughtKeyOfPageAndMacroId(TestDatabase db) throws Exception {
        storeOn(db).create(M1, "user-a", ThoughtStage.RIPE, "q", T0);
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"THOUGHT_KEY\", \"STAGE\", \"PAGE_STAGE\", \"NOTIFIED_AT\", \"TRASHED\", \"CREATED_AT\""
                     + " FROM \"AO_1514BA_THOUGHT\"")) {
            assertTrue(rows.next());
            assertEquals("10/m-1", rows.getString(1));
            assertEquals("RIPE", rows.getString(2));
            assertEquals("RIPE", rows.getString(3));
            assertEquals(0L, rows.getLong(4));
            assertFalse(rows.getBoolean(5));
            assertEquals(T0.toEpochMilli(), rows.getLong(6));
            assertFalse(rows.next());
        }
    }

    @EachDatabase
    void theDatabaseRefusesASecondRowWithTheSameThoughtKey(TestDatabase db) {
        storeOn(db).create(M1, "user-a", ThoughtStage.SEED, "", T0);

        assertThrows(RuntimeException.class, () -> db.execute("INSERT INTO \"AO_1514BA_THOUGHT\" (\"THOUGHT_KEY\", \"MACRO_ID\", \"PAGE_ID\","
                + " \"SPACE_KEY\", \"AUTHOR_KEY\", \"STAGE\", \"PAGE_STAGE\", \"CREATED_AT\", \"TOUCHED_AT\", \"NOTIFIED_AT\", \"TRASHED\")"
                + " VALUES ('10/m-1', 'm-1', 10, 'DEV', 'user-b', 'SEED', 'SEED', 0, 0, 0, FALSE)"));
    }

    @EachDatabase
    void find_ofAnUnknownThought_orTheSameMacroIdOnAnotherPage_isEmpty(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        store.create(M1, "user-a", ThoughtStage.SEED, "", T0);

        assertTrue(store.find(10L, "nope").isEmpty());
        assertTrue(store.find(11L, "m-1").isEmpty());
        assertTrue(store.find(1L, "0/m-1").isEmpty(), "the key is no pattern");
    }

    @EachDatabase
    void create_twice_returnsTheFirstThought_andAddsNoRow(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        Thought first = store.create(M1, "user-a", ThoughtStage.SEED, "first", T0);

        Thought second = store.create(M1, "user-b", ThoughtStage.RIPE, "second", T0.plusSeconds(9));

        assertEquals(first, second);
        assertEquals(List.of(first), store.findByPage(10L));
    }

    @EachDatabase
    void create_racingAnotherSave_returnsTheThoughtThatSaveRegistered(TestDatabase db) {
        // Deterministic race: the store found no thought, then another save commits one before this insert.
        JdbcActiveObjects ao = aoOn(db);
        AoThoughtStore other = new AoThoughtStore(ao);
        AtomicInteger inserts = new AtomicInteger();
        AoThoughtStore racing = new AoThoughtStore(new RacingActiveObjects(ao, type -> {
            if (inserts.incrementAndGet() == 1) {
                RacingActiveObjects.onAnotherThread(() -> other.create(M1, "user-other", ThoughtStage.GROWING, "theirs", T0));
            }
        }));

        Thought thought = racing.create(M1, "user-a", ThoughtStage.SEED, "mine", T0.plusSeconds(1));

        assertEquals("user-other", thought.authorKey());
        assertEquals(ThoughtStage.GROWING, thought.stage());
        assertEquals(List.of(thought), other.findByPage(10L));
    }

    @EachDatabase
    void create_byEightSavesAtOnce_registersOneThought(TestDatabase db) throws Exception {
        AoThoughtStore store = storeOn(db);

        List<Thought> created = RacingActiveObjects.allAtOnce(8, i -> store.create(M1, "user-" + i, ThoughtStage.SEED, "", T0));

        assertEquals(1, new HashSet<>(created).size(), "every save got the same thought");
        assertEquals(created.subList(0, 1), store.findByPage(10L));
    }

    @EachDatabase
    void create_sameMacroIdOnACopiedPage_isASecondThought(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        Thought original = store.create(M1, "user-a", ThoughtStage.SEED, "", T0);

        Thought copy = store.create(new MacroIdentity("m-1", 11L, "HR"), "user-b", ThoughtStage.GROWING, "", T0);

        assertNotEquals(original.id(), copy.id());
        store.moveStage(11L, "m-1", ThoughtStage.RIPE, T0);
        assertEquals(ThoughtStage.SEED, store.find(10L, "m-1").orElseThrow().stage(), "the original is untouched");
        store.deleteByPage(11L);
        assertTrue(store.find(10L, "m-1").isPresent());
    }

    @EachDatabase
    void findByPage_isOldestFirst_inOneStatement(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        create(store, "late", 10L, "DEV", "a", ThoughtStage.SEED, T0.plusSeconds(60));
        create(store, "early", 10L, "DEV", "a", ThoughtStage.SEED, T0);
        create(store, "same-time", 10L, "DEV", "a", ThoughtStage.SEED, T0);
        create(store, "other-page", 11L, "DEV", "a", ThoughtStage.SEED, T0);

        db.statementCounter().start();
        List<Thought> found = store.findByPage(10L);
        assertEquals(1, db.statementCounter().stop(), "preloaded: reading the thoughts costs no further statements");

        assertEquals(List.of("early", "same-time", "late"), found.stream().map(Thought::macroId).toList());
        assertEquals(List.of(), store.findByPage(12L));
    }

    @EachDatabase
    void pageSaved_withAChangedStageParameter_setsTheStage_otherwiseKeepsTheMovedOne(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        store.create(M1, "user-a", ThoughtStage.SEED, "first", T0);
        store.moveStage(10L, "m-1", ThoughtStage.GROWING, T0.plusSeconds(1));

        store.pageSaved(10L, "m-1", ThoughtStage.SEED, "reworded");

        Thought kept = store.find(10L, "m-1").orElseThrow();
        assertEquals(ThoughtStage.GROWING, kept.stage(), "the parameter did not change: the move stays");
        assertEquals(ThoughtStage.SEED, kept.pageStage());
        assertEquals("reworded", kept.question());

        store.pageSaved(10L, "m-1", ThoughtStage.RIPE, "ripe now");

        Thought ripe = store.find(10L, "m-1").orElseThrow();
        assertEquals(ThoughtStage.RIPE, ripe.stage());
        assertEquals(ThoughtStage.RIPE, ripe.pageStage());
        assertEquals("ripe now", ripe.question());
        assertEquals(T0.plusSeconds(1), ripe.touchedAt(), "a save is no activity");
        assertEquals("user-a", ripe.authorKey());

        store.pageSaved(10L, "m-1", ThoughtStage.SEED, "ripe now");
        assertEquals(ThoughtStage.SEED, store.find(10L, "m-1").orElseThrow().stage(), "changed back: the editor chose seed");
    }

    @EachDatabase
    void pageSaved_moveStage_andTouch_ofAnUnknownThought_doNothing(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        Thought thought = store.create(M1, "user-a", ThoughtStage.SEED, "q", T0);

        store.pageSaved(11L, "m-1", ThoughtStage.RIPE, "x");
        store.moveStage(10L, "m-2", ThoughtStage.RIPE, T0.plusSeconds(5));
        store.touch(11L, "m-1", T0.plusSeconds(5));

        assertEquals(thought, store.find(10L, "m-1").orElseThrow());
        assertEquals(1, store.findByPage(10L).size());
        assertTrue(store.findByPage(11L).isEmpty());
    }

    @EachDatabase
    void moveStage_setsTheStageAndTouches_keepsWhatThePageSaid(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        store.create(M1, "user-a", ThoughtStage.SEED, "q", T0);
        Thought other = store.create(new MacroIdentity("m-2", 10L, "DEV"), "user-a", ThoughtStage.SEED, "q", T0);

        store.moveStage(10L, "m-1", ThoughtStage.GROWING, T0.plusSeconds(30));

        Thought moved = store.find(10L, "m-1").orElseThrow();
        assertEquals(ThoughtStage.GROWING, moved.stage());
        assertEquals(ThoughtStage.SEED, moved.pageStage());
        assertEquals(T0.plusSeconds(30), moved.touchedAt());
        assertEquals(T0, moved.createdAt());
        assertEquals(other, store.find(10L, "m-2").orElseThrow());
    }

    @EachDatabase
    void touch_changesOnlyWhenSomethingLastHappened(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        Thought before = store.create(M1, "user-a", ThoughtStage.GROWING, "q", T0);

        store.touch(10L, "m-1", T0.plusSeconds(3600));

        Thought touched = store.find(10L, "m-1").orElseThrow();
        assertEquals(T0.plusSeconds(3600), touched.touchedAt());
        assertEquals(new Thought(before.id(), M1, "user-a", ThoughtStage.GROWING, ThoughtStage.GROWING, "q", T0, T0.plusSeconds(3600), null, 0L, null),
                touched);
    }

    @EachDatabase
    void openByAuthor_isTheirThoughtsNotRipeNotTrashed_oldestFirst_upToTheLimit(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        create(store, "c", 10L, "DEV", "alice", ThoughtStage.GROWING, T0.plusSeconds(20));
        create(store, "a", 10L, "DEV", "alice", ThoughtStage.SEED, T0);
        create(store, "b", 12L, "OPS", "alice", ThoughtStage.SEED, T0.plusSeconds(10));
        create(store, "ripe", 10L, "DEV", "alice", ThoughtStage.RIPE, T0.minusSeconds(10));
        create(store, "moved-ripe", 10L, "DEV", "alice", ThoughtStage.SEED, T0.minusSeconds(5));
        store.moveStage(10L, "moved-ripe", ThoughtStage.RIPE, T0);
        create(store, "trashed", 11L, "DEV", "alice", ThoughtStage.SEED, T0.minusSeconds(20));
        store.setTrashed(11L, true);
        create(store, "bobs", 10L, "DEV", "bob", ThoughtStage.SEED, T0.minusSeconds(30));

        assertEquals(List.of("a", "b", "c"), store.openByAuthor("alice", 10).stream().map(Thought::macroId).toList());
        assertEquals(List.of("a", "b"), store.openByAuthor("alice", 2).stream().map(Thought::macroId).toList());
        assertEquals(List.of("bobs"), store.openByAuthor("bob", 10).stream().map(Thought::macroId).toList());
        assertEquals(List.of(), store.openByAuthor("nobody", 10));

        store.setTrashed(11L, false);
        assertEquals(List.of("trashed", "a", "b", "c"), store.openByAuthor("alice", 10).stream().map(Thought::macroId).toList());
    }

    @EachDatabase
    void pageIdsInSpace_namesEachPageOnce_trashedToo_andMoveToSpaceMovesThePage(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        create(store, "a", 12L, "DEV", "u", ThoughtStage.SEED, T0);
        create(store, "b", 10L, "DEV", "u", ThoughtStage.SEED, T0);
        create(store, "c", 12L, "DEV", "u", ThoughtStage.SEED, T0);
        create(store, "d", 11L, "OPS", "u", ThoughtStage.SEED, T0);
        store.setTrashed(10L, true);

        assertEquals(List.of(10L, 12L), store.pageIdsInSpace("DEV").stream().sorted().toList());
        assertEquals(List.of(11L), store.pageIdsInSpace("OPS"));
        assertEquals(List.of(), store.pageIdsInSpace("NONE"));

        store.moveToSpace(12L, "OPS");

        assertEquals(List.of(10L), store.pageIdsInSpace("DEV"));
        assertEquals(List.of(11L, 12L), store.pageIdsInSpace("OPS").stream().sorted().toList());
        assertEquals("OPS", store.find(12L, "c").orElseThrow().spaceKey());
        assertEquals("OPS", store.find(12L, "a").orElseThrow().spaceKey());
    }

    @EachDatabase
    void setTrashed_flagsThePagesRows_andRestoreClearsThem(TestDatabase db) throws Exception {
        AoThoughtStore store = storeOn(db);
        create(store, "a", 10L, "DEV", "u", ThoughtStage.SEED, T0);
        create(store, "b", 10L, "DEV", "u", ThoughtStage.SEED, T0);
        create(store, "c", 11L, "DEV", "u", ThoughtStage.SEED, T0);

        store.setTrashed(10L, true);
        store.setTrashed(10L, true);
        assertEquals(2, count(db, "SELECT COUNT(*) FROM \"AO_1514BA_THOUGHT\" WHERE \"TRASHED\" = TRUE"));
        assertEquals(2, store.findByPage(10L).size(), "trashed thoughts are kept");

        store.setTrashed(10L, false);
        assertEquals(0, count(db, "SELECT COUNT(*) FROM \"AO_1514BA_THOUGHT\" WHERE \"TRASHED\" = TRUE"));
        store.setTrashed(99L, true);
        assertEquals(0, count(db, "SELECT COUNT(*) FROM \"AO_1514BA_THOUGHT\" WHERE \"TRASHED\" = TRUE"));
    }

    @EachDatabase
    void deleteByPage_removesThatPagesThoughts_andSaysHowMany(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        Thought gone = create(store, "a", 10L, "DEV", "u", ThoughtStage.SEED, T0);
        create(store, "b", 10L, "DEV", "u", ThoughtStage.SEED, T0);
        Thought kept = create(store, "a", 11L, "DEV", "u", ThoughtStage.SEED, T0);
        store.markNoticeOwed(gone.id(), T0);
        store.markNoticeOwed(kept.id(), T0);

        assertEquals(2, store.deleteByPage(10L));

        assertTrue(store.findByPage(10L).isEmpty());
        assertEquals(List.of(kept.id()), store.findByPage(11L).stream().map(Thought::id).toList());
        assertEquals(List.of(kept.id()), ids(store.noticesOwed(T0, 10)), "a purged thought is owed nothing");
        assertEquals(0, store.deleteByPage(10L));
    }

    @EachDatabase
    void aNoticeOwed_keepsTheTimeOfTheFirstPieceNotTold_untilItIsSent(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        Thought early = store.create(M1, "user-a", ThoughtStage.SEED, "", T0);
        Thought late = store.create(new MacroIdentity("m-2", 10L, "DEV"), "user-a", ThoughtStage.SEED, "", T0);
        store.create(new MacroIdentity("m-3", 10L, "DEV"), "user-a", ThoughtStage.SEED, "", T0);
        assertNull(early.owedSince());

        store.markNoticeOwed(early.id(), T0.plusSeconds(10));
        store.markNoticeOwed(early.id(), T0.plusSeconds(20)); // a later piece: the debt runs from the first
        store.markNoticeOwed(late.id(), T0.plusSeconds(1800));
        store.markNoticeOwed(9_999_999L, T0);
        store.markNoticeOwed(-1L, T0);
        store.markNoticeOwed(early.id() + (1L << 32), T0.minusSeconds(99));

        assertEquals(T0.plusSeconds(10), store.find(10L, "m-1").orElseThrow().owedSince());
        assertEquals(List.of(), store.noticesOwed(T0, 10));
        assertEquals(List.of(early.id()), ids(store.noticesOwed(T0.plusSeconds(1000), 10)), "late's is younger than the cutoff");
        assertEquals(List.of(early.id(), late.id()), ids(store.noticesOwed(T0.plusSeconds(5400), 10)), "longest owed first");
        assertEquals(List.of(early.id()), ids(store.noticesOwed(T0.plusSeconds(5400), 1)));

        store.noticeSent(early.id(), 7L, T0.plusSeconds(3610));
        Thought told = store.find(10L, "m-1").orElseThrow();
        assertNull(told.owedSince());
        assertEquals(7L, told.notifiedUpTo());
        assertEquals(T0.plusSeconds(3610), told.notifiedAt());
        assertEquals(List.of(late.id()), ids(store.noticesOwed(T0.plusSeconds(9000), 10)));

        store.noticeSent(early.id(), 3L, T0.plusSeconds(7200)); // the pieces after 3 were deleted: the mark never goes back
        assertEquals(7L, store.find(10L, "m-1").orElseThrow().notifiedUpTo());
        store.markNoticeOwed(early.id(), T0.plusSeconds(7300));
        assertEquals(T0.plusSeconds(7300), store.find(10L, "m-1").orElseThrow().owedSince(), "owed again after a notice");
        store.noticeSent(9_999_999L, 1L, T0); // an unknown thought: nothing happens
    }

    private static List<Long> ids(List<Thought> thoughts) {
        return thoughts.stream().map(Thought::id).toList();
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @EachDatabase
    void openByAuthor_walksOldestFirst_tiesOnTheSameTimeByIdInOrder_eachOnce(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        create(store, "late", 10L, "DEV", "alice", ThoughtStage.SEED, T0.plusSeconds(60)); // saved first, made last
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            create(store, "t" + i, 20L + i, "DEV", "alice", ThoughtStage.SEED, i < 4 ? T0 : T0.plusSeconds(i));
            expected.add("t" + i);
        }
        expected.add("late");
        create(store, "ripe", 10L, "DEV", "alice", ThoughtStage.RIPE, T0);
        create(store, "bobs", 10L, "DEV", "bob", ThoughtStage.SEED, T0);

        for (int limit : new int[] {1, 2, 3, 7, 50}) {
            assertEquals(expected, KeysetWalk.all((after, n) -> store.openByAuthor("alice", after, n),
                    t -> Keyset.of(t.createdAt(), t.id()), limit).stream().map(Thought::macroId).toList(), "pages of " + limit);
        }
    }
}
