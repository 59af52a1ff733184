package io.outloud.wol.ao;

import io.outloud.content.MacroIdentity;
import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.wol.Block;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.BlockTags;
import io.outloud.wol.StreamCursor;
import io.outloud.wol.StreamFilter;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The stream's queries on H2 and PostgreSQL: keyset order, filters, tags, trash, one statement per batch. */
class AoStreamStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private record Stores(AoBlockStore blocks, AoStreamStore stream) {
    }

    private Stores storesOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoBlock.class);
        return new Stores(new AoBlockStore(ao), new AoStreamStore(ao));
    }

    private static List<String> macroIds(List<Block> blocks) {
        return blocks.stream().map(Block::macroId).toList();
    }

    @EachDatabase
    void keysetPages_newestFirst_withTies_noRepeatsOrSkips(TestDatabase db) {
        Stores s = storesOn(db);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // three blocks per second: ties on CREATED_AT are broken by ID
            s.blocks().create(new MacroIdentity("m-" + i, 10L + i % 3, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(i / 3));
            expected.add(0, "m-" + i);
        }
        List<String> seen = new ArrayList<>();
        StreamCursor cursor = null;
        List<Integer> sizes = new ArrayList<>();
        while (true) {
            List<Block> page = s.stream().recent(StreamFilter.ALL, cursor, 5);
            sizes.add(page.size());
            seen.addAll(macroIds(page));
            if (page.size() < 5) {
                break;
            }
            cursor = StreamCursor.of(page.get(page.size() - 1));
        }
        assertEquals(expected, seen);
        assertEquals(List.of(5, 5, 5, 5, 3), sizes);
    }

    @EachDatabase
    void trashedBlocksNeverAppear_andComeBackWhenRestored(TestDatabase db) {
        Stores s = storesOn(db);
        s.blocks().create(new MacroIdentity("kept", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        s.blocks().create(new MacroIdentity("binned", 11L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(1));

        s.blocks().setTrashed(11L, true);
        assertEquals(List.of("kept"), macroIds(s.stream().recent(StreamFilter.ALL, null, 10)));

        s.blocks().setTrashed(11L, false);
        assertEquals(List.of("binned", "kept"), macroIds(s.stream().recent(StreamFilter.ALL, null, 10)));
    }

    @EachDatabase
    void filters_spaceStatusAuthorCommunityLabel(TestDatabase db) {
        Stores s = storesOn(db);
        s.blocks().create(new MacroIdentity("a", 10L, "DEV"), "alice", BlockStatus.STUCK, T0);
        s.blocks().create(new MacroIdentity("b", 10L, "DEV"), "bruno", BlockStatus.DONE, T0.plusSeconds(1));
        s.blocks().create(new MacroIdentity("c", 20L, "HR"), "alice", BlockStatus.STUCK, T0.plusSeconds(2));
        s.stream().tagPage(10L, Map.of("a", new BlockTags("data", List.of("export", "a_b")), "b", new BlockTags("", List.of("axb"))));
        s.stream().tagPage(20L, Map.of("c", new BlockTags("data", List.of("export-2"))));

        assertEquals(List.of("b", "a"), macroIds(s.stream().recent(new StreamFilter("DEV", null, null, null, null), null, 10)));
        assertEquals(List.of("c", "a"), macroIds(s.stream().recent(new StreamFilter(null, null, null, null, BlockStatus.STUCK), null, 10)));
        assertEquals(List.of("b"), macroIds(s.stream().recent(new StreamFilter(null, null, null, "bruno", null), null, 10)));
        assertEquals(List.of("c", "a"), macroIds(s.stream().recent(new StreamFilter(null, null, "data", null, null), null, 10)));
        assertEquals(List.of("a"), macroIds(s.stream().recent(new StreamFilter(null, "export", null, null, null), null, 10)),
                "whole labels only: export-2 is another label");
        assertEquals(List.of("a"), macroIds(s.stream().recent(new StreamFilter(null, "a_b", null, null, null), null, 10)),
                "_ is no wildcard: axb does not match a_b");
        assertEquals(List.of("c"), macroIds(s.stream().recent(new StreamFilter("HR", "export-2", "data", "alice", BlockStatus.STUCK), null, 10)));
    }

    @EachDatabase
    void tagPage_replacesTagsAndClearsThem(TestDatabase db) {
        Stores s = storesOn(db);
        s.blocks().create(new MacroIdentity("a", 10L, "DEV"), "alice", BlockStatus.STUCK, T0);
        s.stream().tagPage(10L, Map.of("a", new BlockTags("data", List.of("export"))));
        s.stream().tagPage(10L, Map.of("a", BlockTags.NONE));

        assertEquals(List.of(), s.stream().recent(new StreamFilter(null, "export", null, null, null), null, 10));
        assertEquals(List.of(), s.stream().recent(new StreamFilter(null, null, "data", null, null), null, 10));
        assertEquals(List.of("a"), macroIds(s.stream().recent(StreamFilter.ALL, null, 10)));
    }

    @EachDatabase
    void aBatchIsOneStatement(TestDatabase db) {
        Stores s = storesOn(db);
        for (int i = 0; i < 30; i++) {
            s.blocks().create(new MacroIdentity("m-" + i, 10L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(i));
        }
        db.statementCounter().start();
        List<Block> batch = s.stream().recent(new StreamFilter("DEV", null, null, null, BlockStatus.DONE), null, 21);
        assertEquals(1, db.statementCounter().stop());
        assertEquals(21, batch.size());
    }

    @Test
    void labelsColumn_keepsWholeLabelsThatFit() {
        assertNull(AoStreamStore.labels(List.of()));
        assertEquals(",a,b,", AoStreamStore.labels(List.of("a", "b")));
        String long50 = "x".repeat(49);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(long50 + i);
        }
        String joined = AoStreamStore.labels(many);
        assertEquals(4, joined.split(",").length - 1, "1 + 4 * 51 characters fit in 255, a fifth label would not: " + joined);
        assertEquals(true, joined.length() <= AoStreamStore.MAX_LABELS_LENGTH);
    }
}
