package io.outloud.community.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.content.MacroIdentity;
import io.outloud.thought.Thought;
import io.outloud.thought.ThoughtStage;
import io.outloud.thought.ao.AoThought;
import io.outloud.thought.ao.AoThoughtStore;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Thoughts tagged with the community they ask, on H2 and PostgreSQL (the community page lists them). */
class AoCommunityThoughtsTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private static AoThoughtStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoThought.class);
        return new AoThoughtStore(ao);
    }

    private static Thought thought(AoThoughtStore store, long pageId, String macroId, int second) {
        return store.create(new MacroIdentity(macroId, pageId, "DEV"), "key-farid", ThoughtStage.SEED, "Q " + macroId, T0.plusSeconds(second));
    }

    private static List<String> macros(List<Thought> thoughts) {
        return thoughts.stream().map(Thought::macroId).toList();
    }

    @EachDatabase
    void inCommunity_areTheTaggedThoughts_newestTouchedFirst(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        thought(store, 10L, "t-1", 1);
        thought(store, 10L, "t-2", 2);
        thought(store, 10L, "t-3", 3);
        thought(store, 11L, "t-4", 4);
        thought(store, 11L, "t-5", 4);

        store.tagCommunities(10L, Map.of("t-1", "design", "t-2", "design", "t-3", ""));
        store.tagCommunities(11L, Map.of("t-4", "design", "t-5", "design"));
        store.touch(10L, "t-1", T0.plusSeconds(60));

        assertEquals(List.of("t-1", "t-5", "t-4", "t-2"), macros(store.inCommunity("design", 10)), "ties: the later thought first");
        assertEquals(List.of("t-1", "t-5"), macros(store.inCommunity("design", 2)));
        assertEquals(List.of(), store.inCommunity("platform", 10));
        assertEquals(List.of(), store.inCommunity("", 10), "no community is none to list");
    }

    @EachDatabase
    void thoughtsInTheTrash_areNotListed_untilRestored(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        thought(store, 10L, "t-1", 1);
        thought(store, 11L, "t-2", 2);
        store.tagCommunities(10L, Map.of("t-1", "design"));
        store.tagCommunities(11L, Map.of("t-2", "design"));

        store.setTrashed(11L, true);
        assertEquals(List.of("t-1"), macros(store.inCommunity("design", 10)));

        store.setTrashed(11L, false);
        assertEquals(List.of("t-2", "t-1"), macros(store.inCommunity("design", 10)));
    }

    @EachDatabase
    void aSave_changesTheTagsOfTheThoughtsItNames_only(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        thought(store, 10L, "t-1", 1);
        thought(store, 10L, "t-2", 2);
        thought(store, 11L, "t-1", 3);
        store.tagCommunities(10L, Map.of("t-1", "design", "t-2", "design"));
        store.tagCommunities(11L, Map.of("t-1", "design"));

        store.tagCommunities(10L, Map.of("t-1", "platform"));
        assertEquals(List.of("t-1"), macros(store.inCommunity("platform", 10)));
        assertEquals(List.of(10L), store.inCommunity("platform", 10).stream().map(Thought::pageId).toList(), "that page's thought only");
        assertEquals(List.of("t-1", "t-2"), macros(store.inCommunity("design", 10)), "t-2 not named: kept; page 11's t-1 kept");

        Map<String, String> untag = new HashMap<>();
        untag.put("t-2", "");
        store.tagCommunities(10L, untag);
        assertEquals(List.of(11L), store.inCommunity("design", 10).stream().map(Thought::pageId).toList());
    }

    @EachDatabase
    void aSaveThatChangesNoTag_writesNothing(TestDatabase db) {
        AoThoughtStore store = storeOn(db);
        thought(store, 10L, "t-1", 1);
        thought(store, 10L, "t-2", 2);
        store.tagCommunities(10L, Map.of("t-1", "design", "t-2", ""));

        db.statementCounter().start();
        store.tagCommunities(10L, Map.of("t-1", "design", "t-2", ""));
        assertEquals(1, db.statementCounter().stop(), "the page's thoughts read, none written");
    }
}
