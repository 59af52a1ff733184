package io.outloud.wol.ao;

import io.outloud.content.MacroIdentity;
import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.wol.Block;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.BlockTags;
import io.outloud.wol.StreamBatch;
import io.outloud.wol.StreamCursor;
import io.outloud.wol.StreamFilter;
import io.outloud.wol.Followed;
import java.util.Set;
import static org.junit.jupiter.api.Assertions.assertTrue;


import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stream's queries on H2 and PostgreSQL: keyset order, filters, tags, trash, one statement per batch. */
class AoStreamStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private record Stores(AoBlockStore blocks, AoStreamStore stream) {
    }

    private Stores storesOn(TestDatabase db) {
        return storesOn(db.activeObjects(PLUGIN_KEY));
    }

    private Stores storesOn(JdbcActiveObjects ao) {
        ao.migrate(AoBlock.class, AoBlockLabel.class);
        return new Stores(new AoBlockStore(ao), new AoStreamStore(ao));
    }

    private static List<String> macroIds(List<Block> blocks) {
        return blocks.stream().map(Block::macroId).toList();
    }

    private static List<String> macroIds(StreamBatch batch) {
        return macroIds(batch.blocks());
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
            List<Block> page = s.stream().recent(StreamFilter.ALL, cursor, 5).blocks();
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
    void whoNeedsHelp_leavesOutAStuckBlockWhileItsAuthorHasAcceptedAnOffer_untilTheyReopen(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        Stores s = storesOn(ao);
        ao.migrate(AoHelpOffer.class);
        AoHelpStore help = new AoHelpStore(ao);
        s.blocks().create(new MacroIdentity("a", 10L, "DEV"), "alice", BlockStatus.STUCK, T0);
        s.blocks().create(new MacroIdentity("b", 10L, "DEV"), "bruno", BlockStatus.STUCK, T0.plusSeconds(1));
        s.stream().tagPage(10L, Map.of("a", new BlockTags("", List.of("export")), "b", new BlockTags("", List.of("export"))));
        StreamFilter needsHelp = new StreamFilter(null, null, null, null, BlockStatus.STUCK);

        help.accept(help.offer(10L, "b", "chloe", "I can", T0).orElseThrow().id());

        assertEquals(List.of("a"), macroIds(s.stream().recent(needsHelp, null, 10)));
        assertEquals(List.of("a"), macroIds(s.stream().recent(new StreamFilter(null, "export", null, null, BlockStatus.STUCK), null, 10)),
                "with a label too");
        List<Block> all = s.stream().recent(StreamFilter.ALL, null, 10).blocks();
        assertEquals(List.of("getting-help", "stuck"), all.stream().map(Block::shownStatusCode).toList(), "the stream says it is getting help");
        assertTrue(s.blocks().find(10L, "b").orElseThrow().gettingHelp());

        assertTrue(help.reopen(10L, "b"));
        assertEquals(List.of("b", "a"), macroIds(s.stream().recent(needsHelp, null, 10)));
        assertFalse(help.reopen(10L, "b"), "nothing accepted any more");
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

        assertEquals(List.of(), macroIds(s.stream().recent(new StreamFilter(null, "export", null, null, null), null, 10)));
        assertEquals(List.of(), macroIds(s.stream().recent(new StreamFilter(null, null, "data", null, null), null, 10)));
        assertEquals(List.of("a"), macroIds(s.stream().recent(StreamFilter.ALL, null, 10)));
    }

    @EachDatabase
    void aBatchIsOneStatement(TestDatabase db) {
        Stores s = storesOn(db);
        for (int i = 0; i < 30; i++) {
            s.blocks().create(new MacroIdentity("m-" + i, 10L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(i));
        }
        db.statementCounter().start();
        List<Block> batch = s.stream().recent(new StreamFilter("DEV", null, null, null, BlockStatus.DONE), null, 21).blocks();
        assertEquals(1, db.statementCounter().stop());
        assertEquals(21, batch.size());
    }

    @EachDatabase
    void labelFilter_pagesThroughTheLabelTableInKeysetOrder(TestDatabase db) {
        Stores s = storesOn(db);
        List<String> expected = new ArrayList<>();
        Map<String, BlockTags> tags = new java.util.HashMap<>();
        for (int i = 0; i < 23; i++) {
            // three blocks per second: ties on CREATED_AT are broken by ID; every other block carries "export"
            s.blocks().create(new MacroIdentity("m-" + i, 10L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(i / 3));
            tags.put("m-" + i, new BlockTags("", i % 2 == 0 ? List.of("export", "data") : List.of("data")));
            if (i % 2 == 0) {
                expected.add(0, "m-" + i);
            }
        }
        s.stream().tagPage(10L, tags);

        List<String> seen = new ArrayList<>();
        StreamCursor cursor = null;
        while (true) {
            StreamBatch batch = s.stream().recent(new StreamFilter(null, "export", null, null, null), cursor, 5);
            seen.addAll(macroIds(batch));
            if (batch.scanned() < 5) {
                break;
            }
            cursor = batch.scannedTo();
        }
        assertEquals(expected, seen);
    }

    @EachDatabase
    void labelCandidatesDroppedByOtherFilters_stillMoveTheCursor(TestDatabase db) {
        Stores s = storesOn(db);
        s.blocks().create(new MacroIdentity("old", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        s.blocks().create(new MacroIdentity("binned", 11L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(1));
        s.blocks().create(new MacroIdentity("hr", 12L, "HR"), "a", BlockStatus.DONE, T0.plusSeconds(2));
        s.stream().tagPage(10L, Map.of("old", new BlockTags("", List.of("export"))));
        s.stream().tagPage(11L, Map.of("binned", new BlockTags("", List.of("export"))));
        s.stream().tagPage(12L, Map.of("hr", new BlockTags("", List.of("export"))));
        s.blocks().setTrashed(11L, true);

        StreamBatch batch = s.stream().recent(new StreamFilter("DEV", "export", null, null, null), null, 2);

        assertEquals(List.of(), macroIds(batch), "hr is in another space, binned in the trash");
        assertEquals(2, batch.scanned());
        StreamBatch rest = s.stream().recent(new StreamFilter("DEV", "export", null, null, null), batch.scannedTo(), 2);
        assertEquals(List.of("old"), macroIds(rest));
        assertEquals(1, rest.scanned(), "fewer rows than asked: the label has nothing older");
    }

    @EachDatabase
    void labelsChangedOnResave_replaceTheBlocksRows_andAPairIsStoredOnce(TestDatabase db) {
        Stores s = storesOn(db);
        s.blocks().create(new MacroIdentity("a", 10L, "DEV"), "alice", BlockStatus.DONE, T0);
        s.stream().tagPage(10L, Map.of("a", new BlockTags("", List.of("export", "data"))));
        s.stream().tagPage(10L, Map.of("a", new BlockTags("", List.of("data", "ml", "data"))));

        assertEquals(List.of(), macroIds(s.stream().recent(new StreamFilter(null, "export", null, null, null), null, 10)));
        assertEquals(List.of("a"), macroIds(s.stream().recent(new StreamFilter(null, "data", null, null, null), null, 10)));
        assertEquals(List.of("a"), macroIds(s.stream().recent(new StreamFilter(null, "ml", null, null, null), null, 10)));
        assertEquals(2, db.activeObjects(PLUGIN_KEY).count(AoBlockLabel.class, AoBlockLabel.PAGE_ID + " = ?", 10L));
    }

    @EachDatabase
    void aLabelBatchIsTwoStatements_andAnUnchangedSaveTwo(TestDatabase db) {
        Stores s = storesOn(db);
        Map<String, BlockTags> tags = new java.util.HashMap<>();
        for (int i = 0; i < 30; i++) {
            s.blocks().create(new MacroIdentity("m-" + i, 10L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(i));
            tags.put("m-" + i, new BlockTags("data", List.of("export", "ml")));
        }
        s.stream().tagPage(10L, tags);

        db.statementCounter().start();
        StreamBatch batch = s.stream().recent(new StreamFilter("DEV", "export", null, null, BlockStatus.DONE), null, 21);
        assertEquals(2, db.statementCounter().stop());
        assertEquals(21, batch.blocks().size());

        db.statementCounter().start();
        s.stream().tagPage(10L, tags);
        assertEquals(2, db.statementCounter().stop(), "the page's blocks and their labels, nothing written");
    }

    @EachDatabase
    void backfill_movesOldLabelColumns_onceAndInBatches(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        Stores s = storesOn(ao);
        for (int i = 0; i < 5; i++) {
            s.blocks().create(new MacroIdentity("m-" + i, 10L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(i));
        }
        for (AoBlock row : ao.find(AoBlock.class, "PAGE_ID = ?", 10L)) {
            row.setLabels(row.getMacroId().equals("m-4") ? null : ",export," + row.getMacroId() + ",");
            row.save();
        }
        // m-0 was half moved before (a node died mid-way): its row must not be added twice
        ao.create(AoBlockLabel.class, new net.java.ao.DBParam(AoBlockLabel.LABEL_KEY, AoStreamStore.labelKey(s.blocks().find(10L, "m-0").orElseThrow().id(), "export")),
                new net.java.ao.DBParam(AoBlockLabel.BLOCK_ID, s.blocks().find(10L, "m-0").orElseThrow().id()),
                new net.java.ao.DBParam(AoBlockLabel.PAGE_ID, 10L), new net.java.ao.DBParam(AoBlockLabel.LABEL, "export"),
                new net.java.ao.DBParam(AoBlockLabel.CREATED_AT, T0.toEpochMilli()));

        assertEquals(3, s.stream().backfillLabels(3));
        assertEquals(1, s.stream().backfillLabels(3));
        assertEquals(0, s.stream().backfillLabels(3));

        assertEquals(List.of("m-3", "m-2", "m-1", "m-0"), macroIds(s.stream().recent(new StreamFilter(null, "export", null, null, null), null, 10)));
        assertEquals(List.of("m-2"), macroIds(s.stream().recent(new StreamFilter(null, "m-2", null, null, null), null, 10)));
        assertEquals(0, ao.count(AoBlock.class, AoBlock.LABELS + " IS NOT NULL"));
        assertEquals(8, ao.count(AoBlockLabel.class, AoBlockLabel.PAGE_ID + " = ?", 10L));
    }

    @EachDatabase
    void aSave_movesOldLabelsToo_soTheBackfillDoesNotBringThemBack(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        Stores s = storesOn(ao);
        s.blocks().create(new MacroIdentity("a", 10L, "DEV"), "alice", BlockStatus.DONE, T0);
        AoBlock row = ao.find(AoBlock.class, "PAGE_ID = ?", 10L)[0];
        row.setLabels(",old,");
        row.save();

        s.stream().tagPage(10L, Map.of("a", new BlockTags("", List.of("new"))));

        assertEquals(0, s.stream().backfillLabels(10));
        assertEquals(List.of(), macroIds(s.stream().recent(new StreamFilter(null, "old", null, null, null), null, 10)));
        assertEquals(List.of("a"), macroIds(s.stream().recent(new StreamFilter(null, "new", null, null, null), null, 10)));
    }

    @EachDatabase
    void aPurgedPage_takesItsBlocksLabels(TestDatabase db) {
        Stores s = storesOn(db);
        s.blocks().create(new MacroIdentity("a", 10L, "DEV"), "alice", BlockStatus.DONE, T0);
        s.blocks().create(new MacroIdentity("b", 20L, "DEV"), "alice", BlockStatus.DONE, T0);
        s.stream().tagPage(10L, Map.of("a", new BlockTags("", List.of("export", "data"))));
        s.stream().tagPage(20L, Map.of("b", new BlockTags("", List.of("export"))));

        assertEquals(2, s.stream().deleteByPage(10L));
        assertEquals(1, db.activeObjects(PLUGIN_KEY).count(AoBlockLabel.class, Query.select()));
    }

    @EachDatabase
    void followed_pagesThroughAuthorsCommunitiesAndLabels_withoutRepeatsOrSkips_inAtMostThreeStatementsABatch(TestDatabase db) {
        Stores s = storesOn(db);
        List<String> expected = new ArrayList<>();
        Map<String, BlockTags> tags = new java.util.HashMap<>();
        for (int i = 0; i < 40; i++) {
            // two blocks per second; by farid every 5th, in data-curious every 7th, labelled export (and data) every 3rd
            String author = i % 5 == 0 ? "farid" : "other";
            s.blocks().create(new MacroIdentity("m-" + i, 10L, "DEV"), author, BlockStatus.DONE, T0.plusSeconds(i / 2));
            tags.put("m-" + i, new BlockTags(i % 7 == 0 ? "data-curious" : "baking", i % 3 == 0 ? List.of("export", "data") : List.of("other")));
            if (i % 5 == 0 || i % 7 == 0 || i % 3 == 0) {
                expected.add(0, "m-" + i);
            }
        }
        s.stream().tagPage(10L, tags);
        s.blocks().create(new MacroIdentity("binned", 11L, "DEV"), "farid", BlockStatus.DONE, T0.plusSeconds(100));
        s.blocks().setTrashed(11L, true);
        Followed followed = new Followed(Set.of("farid"), Set.of("data-curious"), Set.of("export", "data"));

        List<String> seen = new ArrayList<>();
        StreamCursor cursor = null;
        int batches = 0;
        while (true) {
            db.statementCounter().start();
            StreamBatch batch = s.stream().recent(new StreamFilter(null, null, null, null, null, followed), cursor, 5);
            assertTrue(db.statementCounter().stop() <= 3, "statements per batch");
            seen.addAll(macroIds(batch));
            batches++;
            if (batch.scanned() < 5) {
                break;
            }
            cursor = batch.scannedTo();
        }
        assertEquals(expected, seen);
        assertTrue(batches < 40, "batches: " + batches);
    }

    @EachDatabase
    void followed_keepsTheOtherFilters(TestDatabase db) {
        Stores s = storesOn(db);
        s.blocks().create(new MacroIdentity("dev-done", 10L, "DEV"), "farid", BlockStatus.DONE, T0);
        s.blocks().create(new MacroIdentity("dev-stuck", 10L, "DEV"), "farid", BlockStatus.STUCK, T0.plusSeconds(1));
        s.blocks().create(new MacroIdentity("hr-stuck", 12L, "HR"), "other", BlockStatus.STUCK, T0.plusSeconds(2));
        s.stream().tagPage(12L, Map.of("hr-stuck", new BlockTags("", List.of("export"))));
        Followed followed = new Followed(Set.of("farid"), Set.of(), Set.of("export"));

        assertEquals(List.of("dev-stuck"), macroIds(s.stream().recent(new StreamFilter("DEV", null, null, null, BlockStatus.STUCK, followed), null, 10)));
        assertEquals(List.of("hr-stuck", "dev-stuck"), macroIds(s.stream().recent(new StreamFilter(null, null, null, null, BlockStatus.STUCK, followed), null, 10)));
    }
}
