package io.outloud.wol.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.wol.Reply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reply store on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoReplyStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private AoReplyStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoReply.class);
        return new AoReplyStore(ao);
    }

    @EachDatabase
    void add_thenFind_returnsTheSameReply(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        Reply added = store.add(10L, "m-1", "user-a", "Hello @bob", T0);

        Reply found = store.find(added.id()).orElseThrow();

        assertEquals(added, found);
        assertTrue(found.id() > 0);
        assertEquals(10L, found.pageId());
        assertEquals("m-1", found.macroId());
        assertEquals("user-a", found.authorKey());
        assertEquals("Hello @bob", found.text());
        assertEquals(T0, found.createdAt());
        assertNull(found.editedAt());
        assertFalse(found.isEdited());
    }

    @EachDatabase
    void find_ofUnknownOrOutOfRangeIds_isEmpty(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        Reply added = store.add(10L, "m-1", "user-a", "x", T0);
        assertTrue(store.find(added.id() + 1000).isEmpty());
        assertTrue(store.find(0).isEmpty());
        assertTrue(store.find(-1).isEmpty());
        assertTrue(store.find(added.id() + (1L << 32)).isEmpty(), "not the reply whose id shares the low 32 bits");
        assertTrue(store.find(Long.MAX_VALUE).isEmpty());
    }

    @EachDatabase
    void edit_changesTextAndEditTime_keepsTheRest(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        Reply reply = store.add(10L, "m-1", "user-a", "first", T0);
        Reply other = store.add(10L, "m-1", "user-b", "other", T0);

        store.edit(reply.id(), "second", T0.plusSeconds(60));

        Reply edited = store.find(reply.id()).orElseThrow();
        assertEquals("second", edited.text());
        assertEquals(T0.plusSeconds(60), edited.editedAt());
        assertTrue(edited.isEdited());
        assertEquals(T0, edited.createdAt());
        assertEquals("user-a", edited.authorKey());
        assertEquals(other, store.find(other.id()).orElseThrow(), "the other reply is untouched");
    }

    @EachDatabase
    void editOrDelete_ofAnUnknownId_doesNothing(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        Reply reply = store.add(10L, "m-1", "user-a", "first", T0);

        store.edit(reply.id() + 1000, "x", T0);
        store.delete(reply.id() + 1000);
        store.edit(reply.id() + (1L << 32), "x", T0);
        store.delete(reply.id() + (1L << 32));

        assertEquals(reply, store.find(reply.id()).orElseThrow());
    }

    @EachDatabase
    void delete_removesOnlyThatReply(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        Reply gone = store.add(10L, "m-1", "user-a", "gone", T0);
        Reply kept = store.add(10L, "m-1", "user-a", "kept", T0);

        store.delete(gone.id());

        assertTrue(store.find(gone.id()).isEmpty());
        assertEquals(List.of(kept), store.page(10L, "m-1", 0, 10));
    }

    @EachDatabase
    void page_isOldestFirst_andOnlyThatBlocksReplies(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        Reply a = store.add(10L, "m-1", "user-a", "a", T0);
        store.add(10L, "m-2", "user-a", "other block", T0);
        store.add(11L, "m-1", "user-a", "same macro id, copied page", T0);
        Reply b = store.add(10L, "m-1", "user-b", "b", T0.plusSeconds(1));

        assertEquals(List.of(a, b), store.page(10L, "m-1", 0, 10));
        assertEquals(List.of(b), store.page(10L, "m-1", a.id(), 10));
        assertEquals(List.of(), store.page(10L, "m-1", b.id(), 10));
        assertEquals(List.of(), store.page(10L, "m-1", Long.MAX_VALUE, 10));
        assertEquals(List.of(), store.page(10L, "nope", 0, 10));
    }

    @EachDatabase
    void keysetPages_of45RepliesBy20_are20_20_5_withoutRepeats_evenWhenRepliesArriveMeanwhile(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        for (int i = 0; i < 45; i++) {
            store.add(10L, "m-1", "user-" + (i % 3), "reply " + i, T0.plusSeconds(i));
        }
        store.add(10L, "m-2", "user-a", "another block", T0);

        List<Integer> sizes = new ArrayList<>();
        List<Reply> seen = new ArrayList<>();
        long after = 0;
        List<Reply> page = store.page(10L, "m-1", after, 20);
        sizes.add(page.size());
        seen.addAll(page);
        after = page.get(page.size() - 1).id();

        page = store.page(10L, "m-1", after, 20);
        sizes.add(page.size());
        seen.addAll(page);
        after = page.get(page.size() - 1).id();

        page = store.page(10L, "m-1", after, 20);
        sizes.add(page.size());
        seen.addAll(page);

        assertEquals(List.of(20, 20, 5), sizes);
        assertEquals(45, new HashSet<>(seen.stream().map(Reply::id).toList()).size(), "no repeats");
        for (int i = 0; i < 45; i++) {
            assertEquals("reply " + i, seen.get(i).text(), "oldest first");
        }
    }

    @EachDatabase
    void keysetPages_neitherSkipNorRepeat_whenRepliesAreAddedAndDeletedBetweenPages(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        for (int i = 0; i < 45; i++) {
            store.add(10L, "m-1", "user-a", "reply " + i, T0);
        }
        List<Reply> seen = new ArrayList<>();
        List<Reply> first = store.page(10L, "m-1", 0, 20);
        seen.addAll(first);

        store.add(10L, "m-1", "user-b", "new 1", T0); // arrives while the reader looks at page one
        store.delete(first.get(0).id()); // an already-read reply goes away: no shift

        List<Reply> second = store.page(10L, "m-1", first.get(19).id(), 20);
        seen.addAll(second);
        store.add(10L, "m-1", "user-b", "new 2", T0);
        List<Reply> third = store.page(10L, "m-1", second.get(19).id(), 20);
        seen.addAll(third);

        assertEquals(List.of(20, 20, 7), List.of(first.size(), second.size(), third.size()));
        Set<Long> ids = new HashSet<>();
        seen.forEach(r -> assertTrue(ids.add(r.id()), "repeated: " + r));
        List<String> texts = seen.stream().map(Reply::text).toList();
        for (int i = 0; i < 45; i++) {
            assertTrue(texts.contains("reply " + i), "skipped reply " + i);
        }
        assertEquals(List.of("new 1", "new 2"), texts.subList(45, 47), "new replies come at the end");
    }

    @EachDatabase
    void countsForPage_countsPerBlock_inOneStatement(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        for (int i = 0; i < 3; i++) {
            store.add(10L, "m-1", "user-a", "r" + i, T0);
        }
        store.add(10L, "m-2", "user-b", "r", T0);
        store.add(11L, "m-1", "user-b", "other page", T0);

        db.statementCounter().start();
        Map<String, Integer> counts = store.countsForPage(10L);
        assertEquals(1, db.statementCounter().stop(), "one statement for the whole page");

        assertEquals(Map.of("m-1", 3, "m-2", 1), counts);
        assertEquals(Map.of(), store.countsForPage(12L));
    }

    @EachDatabase
    void countsForPage_ofManyBlocks_isStillOneStatement(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        for (int i = 0; i < 30; i++) {
            store.add(10L, "m-" + i, "user-a", "r", T0);
            store.add(10L, "m-" + i, "user-b", "r", T0);
        }
        db.statementCounter().start();
        Map<String, Integer> counts = store.countsForPage(10L);
        assertEquals(1, db.statementCounter().stop());
        assertEquals(30, counts.size());
        assertTrue(counts.values().stream().allMatch(c -> c == 2));
    }

    @EachDatabase
    void aLongNonAsciiText_roundTripsExactly(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        String unit = "Grüße 😀 ñ 日本 \"'<>&\n";
        StringBuilder text = new StringBuilder();
        while (text.codePointCount(0, text.length()) < 2000) {
            text.appendCodePoint(unit.codePointAt(text.codePointCount(0, text.length()) % unit.codePointCount(0, unit.length())
                    == 0 ? 0 : unit.offsetByCodePoints(0, text.codePointCount(0, text.length()) % unit.codePointCount(0, unit.length()))));
        }
        String body = text.toString();
        assertEquals(2000, body.codePointCount(0, body.length()));
        assertTrue(body.length() > 2000, "has surrogate pairs");

        Reply reply = store.add(10L, "m-1", "user-a", body, T0);
        assertEquals(body, store.find(reply.id()).orElseThrow().text());
        assertEquals(body, store.page(10L, "m-1", 0, 1).get(0).text());

        String edited = "é".repeat(2000);
        store.edit(reply.id(), edited, T0);
        assertEquals(edited, store.find(reply.id()).orElseThrow().text());
    }

    @EachDatabase
    void deleteByPage_removesThatPagesRepliesOnly(TestDatabase db) {
        AoReplyStore store = storeOn(db);
        store.add(10L, "m-1", "user-a", "a", T0);
        store.add(10L, "m-2", "user-a", "b", T0);
        Reply kept = store.add(11L, "m-1", "user-a", "c", T0);

        assertEquals(2, store.deleteByPage(10L));

        assertEquals(Map.of(), store.countsForPage(10L));
        assertEquals(List.of(kept), store.page(11L, "m-1", 0, 10));
        assertEquals(0, store.deleteByPage(10L));
    }
}
