package io.outloud.thought.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.content.MacroIdentity;
import io.outloud.common.Keyset;
import io.outloud.thought.Feedback;
import io.outloud.thought.FeedbackStore;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.Thought;
import io.outloud.thought.ThoughtStage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feedback store on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoFeedbackStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private AoFeedbackStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoFeedback.class);
        return new AoFeedbackStore(ao);
    }

    private static Feedback add(AoFeedbackStore store, long pageId, String macroId, String giver, Instant at) {
        return store.add(pageId, macroId, giver, FeedbackKind.GO_ON, "from " + giver, false, at);
    }

    private static Thought thought(long pageId, String macroId) {
        return new Thought(pageId * 100 + macroId.length(), new MacroIdentity(macroId, pageId, "DEV"), "author", ThoughtStage.SEED,
                ThoughtStage.SEED, "", T0, T0, null, 0L, null);
    }

    @EachDatabase
    void authorOnly_isKeptWithThePiece(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);

        Feedback hidden = store.add(10L, "m-1", "user-a", FeedbackKind.GO_ON, "for the author", false, true, T0);
        Feedback shown = store.add(10L, "m-1", "user-b", FeedbackKind.GO_ON, "for all", false, T0);

        assertTrue(store.find(hidden.id()).orElseThrow().authorOnly());
        assertFalse(store.find(shown.id()).orElseThrow().authorOnly());
        store.edit(hidden.id(), FeedbackKind.HELPS, "edited", T0.plusSeconds(1));
        assertTrue(store.find(hidden.id()).orElseThrow().authorOnly(), "an edit does not change who may read it");
        assertEquals(List.of(true, false), store.forPage(10L).stream().map(Feedback::authorOnly).toList());
    }

    @EachDatabase
    void add_thenFind_returnsTheSamePiece(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);

        Feedback added = store.add(10L, "m-1", "user-a", FeedbackKind.CONSIDERED, "A shorter week?", true, T0);

        assertTrue(added.id() > 0);
        assertEquals(new Feedback(added.id(), 10L, "m-1", "user-a", FeedbackKind.CONSIDERED, "A shorter week?", true, false, T0, null, null), added);
        assertEquals(added, store.find(added.id()).orElseThrow());
        assertFalse(added.takenIn());
    }

    @EachDatabase
    void everyKind_andAnEmptyText_roundTrip(TestDatabase db) throws Exception {
        AoFeedbackStore store = storeOn(db);
        for (FeedbackKind kind : FeedbackKind.values()) {
            Feedback piece = store.add(10L, "m-1", "user-a", kind, "", false, T0);
            Feedback found = store.find(piece.id()).orElseThrow();
            assertEquals(kind, found.kind());
            assertEquals("", found.text());
            assertFalse(found.unnamed());
        }
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"KIND\" FROM \"AO_1514BA_FEEDBACK\" ORDER BY \"ID\"")) {
            List<String> kinds = new ArrayList<>();
            while (rows.next()) {
                kinds.add(rows.getString(1));
            }
            assertEquals(List.of("GO_ON", "CONSIDERED", "DIFFERENTLY", "HELPS"), kinds, "stored by enum name, not the display code");
        }
    }

    @EachDatabase
    void aLongNonAsciiText_roundTripsExactly(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        String body = "Grüße 😀 ñ 日本 \"'<>&\n".repeat(200).substring(0, 3000);

        Feedback piece = store.add(10L, "m-1", "user-a", FeedbackKind.HELPS, body, false, T0);

        assertEquals(body, store.find(piece.id()).orElseThrow().text());
        assertEquals(body, store.forThought(10L, "m-1").get(0).text());
    }

    @EachDatabase
    void find_ofUnknownOrOutOfRangeIds_isEmpty(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        Feedback piece = add(store, 10L, "m-1", "user-a", T0);

        assertTrue(store.find(piece.id() + 1000).isEmpty());
        assertTrue(store.find(0).isEmpty());
        assertTrue(store.find(-1).isEmpty());
        assertTrue(store.find(piece.id() + (1L << 32)).isEmpty(), "not the piece whose id shares the low 32 bits");
        assertTrue(store.find(Long.MAX_VALUE).isEmpty());
        assertTrue(store.find(Long.MIN_VALUE).isEmpty());
    }

    @EachDatabase
    void edit_changesKindTextAndEditTime_keepsTheRest(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        Feedback piece = store.add(10L, "m-1", "user-a", FeedbackKind.GO_ON, "first", true, T0);
        Feedback other = add(store, 10L, "m-1", "user-b", T0);

        store.edit(piece.id(), FeedbackKind.DIFFERENTLY, "second", T0.plusSeconds(60));

        assertEquals(new Feedback(piece.id(), 10L, "m-1", "user-a", FeedbackKind.DIFFERENTLY, "second", true, false, T0, T0.plusSeconds(60), null),
                store.find(piece.id()).orElseThrow());
        assertEquals(other, store.find(other.id()).orElseThrow(), "the other piece is untouched");
    }

    @EachDatabase
    void editDeleteAndTakeIn_ofUnknownOrOutOfRangeIds_doNothing(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        Feedback piece = add(store, 10L, "m-1", "user-a", T0);

        for (long id : new long[]{piece.id() + 1000, piece.id() + (1L << 32), 0, -1, Long.MAX_VALUE, -(1L << 32) + piece.id()}) {
            store.edit(id, FeedbackKind.HELPS, "x", T0);
            store.delete(id);
            assertFalse(store.takeIn(id, T0), String.valueOf(id));
        }

        assertEquals(piece, store.find(piece.id()).orElseThrow());
    }

    @EachDatabase
    void delete_removesOnlyThatPiece(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        Feedback gone = add(store, 10L, "m-1", "user-a", T0);
        Feedback kept = add(store, 10L, "m-1", "user-a", T0);

        store.delete(gone.id());
        store.delete(gone.id());

        assertTrue(store.find(gone.id()).isEmpty());
        assertEquals(List.of(kept), store.forThought(10L, "m-1"));
    }

    @EachDatabase
    void takeIn_marksThePieceOnce(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        Feedback piece = add(store, 10L, "m-1", "user-a", T0);
        Feedback other = add(store, 10L, "m-1", "user-b", T0);

        assertTrue(store.takeIn(piece.id(), T0.plusSeconds(5)));
        assertFalse(store.takeIn(piece.id(), T0.plusSeconds(9)), "taken in already: one thanks, one notice");

        Feedback taken = store.find(piece.id()).orElseThrow();
        assertEquals(T0.plusSeconds(5), taken.takenInAt());
        assertTrue(taken.takenIn());
        assertNull(taken.editedAt());
        assertFalse(store.find(other.id()).orElseThrow().takenIn());
    }

    @EachDatabase
    void forThought_isOldestFirst_andOnlyThatThoughts(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        Feedback late = add(store, 10L, "m-1", "user-a", T0.plusSeconds(60));
        Feedback early = add(store, 10L, "m-1", "user-b", T0);
        Feedback sameTime = add(store, 10L, "m-1", "user-c", T0);
        add(store, 10L, "m-2", "user-a", T0);
        add(store, 11L, "m-1", "user-a", T0);

        db.statementCounter().start();
        List<Feedback> found = store.forThought(10L, "m-1");
        assertEquals(1, db.statementCounter().stop());

        assertEquals(List.of(early, sameTime, late), found);
        assertEquals(List.of(), store.forThought(10L, "nope"));
    }

    @EachDatabase
    void forPage_isEveryThoughtsFeedback_oldestFirst_inOneStatement(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        for (int i = 0; i < 20; i++) {
            add(store, 10L, "m-" + (i % 4), "user-" + i, T0.plusSeconds(20 - i));
        }
        add(store, 11L, "m-1", "user-a", T0);

        db.statementCounter().start();
        List<Feedback> found = store.forPage(10L);
        assertEquals(1, db.statementCounter().stop(), "preloaded: one statement whatever the number of thoughts");

        assertEquals(20, found.size());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).createdAt().isBefore(found.get(i).createdAt()));
        }
        assertTrue(found.stream().allMatch(f -> f.pageId() == 10L));
        assertEquals(List.of(), store.forPage(12L));
    }

    @EachDatabase
    void countsFor_countsEachThoughtsFeedbackAndWhatIsNotTakenIn_inOneStatement(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        Feedback taken = add(store, 10L, "m-1", "a", T0);
        add(store, 10L, "m-1", "b", T0);
        add(store, 10L, "m-1", "c", T0);
        store.takeIn(taken.id(), T0);
        add(store, 10L, "m-2", "a", T0);
        add(store, 10L, "not-asked", "a", T0);
        add(store, 11L, "m-1", "a", T0);
        add(store, 12L, "m-9", "a", T0);

        db.statementCounter().start();
        Map<String, int[]> counts = store.countsFor(List.of(thought(10L, "m-1"), thought(10L, "m-2"), thought(11L, "m-1"),
                thought(11L, "m-2"), thought(13L, "m-1")));
        assertEquals(1, db.statementCounter().stop(), "one statement for all the thoughts");

        Map<String, List<Integer>> readable = new TreeMap<>();
        counts.forEach((key, count) -> readable.put(key, List.of(count[0], count[1])));
        assertEquals(Map.of("10/m-1", List.of(3, 2), "10/m-2", List.of(1, 1), "11/m-1", List.of(1, 1)), readable,
                "thoughts without feedback, or not asked for, are not there");
        assertArrayEquals(new int[]{1, 1}, counts.get("11/m-1"));
    }

    @EachDatabase
    void countsFor_noThoughts_isEmpty_withoutAStatement(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        add(store, 10L, "m-1", "a", T0);

        db.statementCounter().start();
        assertEquals(Map.of(), store.countsFor(List.of()));
        assertEquals(0, db.statementCounter().stop());
    }

    @EachDatabase
    void countsFor_ofManyThoughtsOnManyPages_isStillOneStatement(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        List<Thought> thoughts = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            add(store, i, "m-1", "a", T0);
            add(store, i, "m-1", "b", T0);
            thoughts.add(thought(i, "m-1"));
        }

        db.statementCounter().start();
        Map<String, int[]> counts = store.countsFor(thoughts);
        assertEquals(1, db.statementCounter().stop());

        assertEquals(60, counts.size());
        assertTrue(counts.values().stream().allMatch(c -> c[0] == 2 && c[1] == 2));
    }

    @EachDatabase
    void deleteByPage_removesThatPagesFeedbackOnly_andSaysHowMuch(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        add(store, 10L, "m-1", "a", T0);
        add(store, 10L, "m-2", "a", T0);
        Feedback kept = add(store, 11L, "m-1", "a", T0);

        assertEquals(2, store.deleteByPage(10L));

        assertEquals(List.of(), store.forPage(10L));
        assertEquals(List.of(kept), store.forPage(11L));
        assertEquals(0, store.deleteByPage(10L));
    }

    /** Walks every page of what a reader sees, as the REST resource does. */
    private static List<Long> walk(AoFeedbackStore store, FeedbackStore.Visible visible, int limit) {
        List<Long> seen = new ArrayList<>();
        Keyset after = null;
        while (true) {
            List<Feedback> page = store.page(10L, "m-1", visible, after, limit);
            page.forEach(piece -> seen.add(piece.id()));
            if (page.size() < limit) {
                return seen;
            }
            Feedback last = page.get(page.size() - 1);
            after = Keyset.of(last.createdAt(), last.id());
        }
    }

    @EachDatabase
    void page_walksOldestFirst_tiesOnTheSameTimeByIdInOrder_eachPieceOnce(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        List<Long> expected = new ArrayList<>();
        Feedback late = add(store, 10L, "m-1", "user-late", T0.plusSeconds(60)); // saved first, created last
        for (int i = 0; i < 7; i++) {
            expected.add(add(store, 10L, "m-1", "user-" + i, i < 5 ? T0 : T0.plusSeconds(i)).id()); // five on one millisecond
        }
        expected.add(late.id());
        add(store, 10L, "m-2", "user-other-thought", T0);
        add(store, 11L, "m-1", "user-other-page", T0);

        for (int limit : new int[] {1, 2, 3, 8, 50}) {
            assertEquals(expected, walk(store, FeedbackStore.Visible.ALL, limit), "pages of " + limit);
        }
        assertEquals(8, store.count(10L, "m-1", FeedbackStore.Visible.ALL));
        assertEquals(List.of(), store.page(10L, "m-1", FeedbackStore.Visible.ALL, Keyset.of(late.createdAt(), late.id()), 5),
                "past the last piece there is nothing");
        assertEquals(3, store.page(10L, "m-1", FeedbackStore.Visible.ALL, null, 3).size(), "the database stops at the limit");
    }

    @EachDatabase
    void page_andCount_forAReaderWhoIsNotTheAuthor_holdTheirsAndWhatIsSharedOnly(TestDatabase db) {
        AoFeedbackStore store = storeOn(db);
        Feedback shared = store.add(10L, "m-1", "user-a", FeedbackKind.GO_ON, "for all", false, T0);
        Feedback hidden = store.add(10L, "m-1", "user-a", FeedbackKind.GO_ON, "for the author", false, true, T0.plusSeconds(1));
        Feedback mineHidden = store.add(10L, "m-1", "user-me", FeedbackKind.GO_ON, "mine", false, true, T0.plusSeconds(2));

        FeedbackStore.Visible sharedToo = new FeedbackStore.Visible(false, "user-me", true);
        FeedbackStore.Visible ownOnly = new FeedbackStore.Visible(false, "user-me", false);
        assertEquals(List.of(shared.id(), mineHidden.id()), walk(store, sharedToo, 1));
        assertEquals(2, store.count(10L, "m-1", sharedToo));
        assertEquals(List.of(mineHidden.id()), walk(store, ownOnly, 1));
        assertEquals(1, store.count(10L, "m-1", ownOnly));
        assertEquals(List.of(shared.id(), hidden.id(), mineHidden.id()), walk(store, FeedbackStore.Visible.ALL, 2));
        assertEquals(List.of(), walk(store, new FeedbackStore.Visible(false, "", false), 2), "a signed-out reader gave nothing");
    }
}
