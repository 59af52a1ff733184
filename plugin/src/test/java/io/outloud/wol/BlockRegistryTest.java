package io.outloud.wol;

import io.outloud.content.MacroIdentity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockRegistryTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final long COPY = 11L;
    private static final String ID_1 = "5f1c3e2a-8d4b-4c7e-9a61-0b2d3c4e5f60";
    private static final String ID_2 = "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";

    private final InMemoryBlockStore blocks = new InMemoryBlockStore();
    private final InMemoryReactionStore reactions = new InMemoryReactionStore();
    private final InMemoryReplyStore replies = new InMemoryReplyStore();
    private final BlockRegistry registry = new BlockRegistry(blocks, BlockTagStore.NONE, Clock.fixed(NOW, ZoneOffset.UTC), java.util.List.of(reactions, replies));

    static String block(String id, String status) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"status\">" + status + "</ac:parameter></ac:structured-macro>";
    }

    @Test
    void pageSaved_firstSave_registersEachBlockWithTheSaverAsAuthor() {
        registry.pageSaved(PAGE, "DEV", "alice", "<p>x</p>" + block(ID_1, "stuck") + block(ID_2, "done"));

        Block first = blocks.find(PAGE, ID_1).orElseThrow();
        assertEquals(new MacroIdentity(ID_1, PAGE, "DEV"), first.identity());
        assertEquals("alice", first.authorKey());
        assertEquals(BlockStatus.STUCK, first.status());
        assertEquals(NOW, first.createdAt());
        assertEquals("alice", blocks.find(PAGE, ID_2).orElseThrow().authorKey());
        assertEquals(BlockStatus.DONE, blocks.find(PAGE, ID_2).orElseThrow().status());
        assertEquals(2, blocks.size());
    }

    @Test
    void pageSaved_laterSaveBySomeoneElse_keepsTheOriginalAuthor() {
        registry.pageSaved(PAGE, "DEV", "alice", block(ID_1, "in-progress"));

        registry.pageSaved(PAGE, "DEV", "bob", block(ID_1, "in-progress"));

        assertEquals("alice", blocks.find(PAGE, ID_1).orElseThrow().authorKey());
        assertEquals(1, blocks.creates());
    }

    @Test
    void pageSaved_aBlockAddedLater_isAuthoredByItsSaver() {
        registry.pageSaved(PAGE, "DEV", "alice", block(ID_1, "done"));

        registry.pageSaved(PAGE, "DEV", "bob", block(ID_1, "done") + block(ID_2, "exploring"));

        assertEquals("alice", blocks.find(PAGE, ID_1).orElseThrow().authorKey());
        assertEquals("bob", blocks.find(PAGE, ID_2).orElseThrow().authorKey());
    }

    @Test
    void pageSaved_withAChangedStatus_updatesIt_andKeepsTheRest() {
        registry.pageSaved(PAGE, "DEV", "alice", block(ID_1, "exploring") + block(ID_2, "stuck"));
        Block before = blocks.find(PAGE, ID_1).orElseThrow();

        registry.pageSaved(PAGE, "DEV", "bob", block(ID_1, "done") + block(ID_2, "stuck"));

        Block after = blocks.find(PAGE, ID_1).orElseThrow();
        assertEquals(BlockStatus.DONE, after.status());
        assertEquals(before.id(), after.id());
        assertEquals("alice", after.authorKey());
        assertEquals(before.createdAt(), after.createdAt());
        assertEquals(BlockStatus.STUCK, blocks.find(PAGE, ID_2).orElseThrow().status());
    }

    @Test
    void pageSaved_withoutBlocks_registersNothing() {
        registry.pageSaved(PAGE, "DEV", "alice", "<p>Nothing to see</p>");
        registry.pageSaved(PAGE, "DEV", "alice", null);

        assertEquals(0, blocks.size());
    }

    @Test
    void pageSaved_aCopiedPage_getsBlocksOfItsOwn_authoredByWhoeverCopied() {
        registry.pageSaved(PAGE, "DEV", "alice", block(ID_1, "stuck"));
        reactions.toggle(PAGE, ID_1, "carol", ReactionKind.THANKS, NOW);

        registry.pageSaved(COPY, "HR", "bob", block(ID_1, "stuck"));

        Block copy = blocks.find(COPY, ID_1).orElseThrow();
        assertEquals("bob", copy.authorKey());
        assertEquals("HR", copy.spaceKey());
        assertEquals("alice", blocks.find(PAGE, ID_1).orElseThrow().authorKey());
        assertTrue(reactions.forBlock(COPY, ID_1).isEmpty(), "the copy starts without reactions");
        assertEquals(1, reactions.forBlock(PAGE, ID_1).size());
    }

    @Test
    void pageSaved_withOneMacroIdTwiceInAPage_registersOneBlock() {
        registry.pageSaved(PAGE, "DEV", "alice", block(ID_1, "stuck") + block(ID_1, "stuck"));

        assertEquals(1, blocks.size());
        assertEquals(1, blocks.creates());
    }

    @Test
    void ensureRegistered_registersAnUnknownBlockOnce_andIsIdempotent() {
        MacroIdentity identity = new MacroIdentity(ID_1, PAGE, "DEV");

        Block first = registry.ensureRegistered(identity, "alice", BlockStatus.STUCK);
        Block second = registry.ensureRegistered(identity, "bob", BlockStatus.DONE);

        assertEquals(first, second);
        assertEquals("alice", second.authorKey());
        assertEquals(BlockStatus.STUCK, second.status());
        assertEquals(1, blocks.creates());
    }

    @Test
    void ensureRegistered_ofABlockASaveRegistered_keepsItsAuthor() {
        registry.pageSaved(PAGE, "DEV", "alice", block(ID_1, "done"));

        Block block = registry.ensureRegistered(new MacroIdentity(ID_1, PAGE, "DEV"), "last-editor", BlockStatus.DONE);

        assertEquals("alice", block.authorKey());
        assertEquals(1, blocks.creates());
    }

    @Test
    void ensureRegistered_whenAConcurrentSaveWonTheRace_returnsTheStoredBlock() {
        InMemoryBlockStore racing = new InMemoryBlockStore();
        // A store whose find misses once, as if another save registered the block between find and create.
        BlockStore lateFinder = new BlockStore() {
            private boolean missed;

            @Override
            public Block create(MacroIdentity identity, String authorKey, BlockStatus status, Instant createdAt) {
                return racing.create(identity, authorKey, status, createdAt);
            }

            @Override
            public java.util.Optional<Block> find(long pageId, String macroId) {
                if (!missed) {
                    missed = true;
                    racing.create(new MacroIdentity(macroId, pageId, "DEV"), "winner", BlockStatus.STUCK, NOW);
                    return java.util.Optional.empty();
                }
                return racing.find(pageId, macroId);
            }

            @Override
            public List<Block> findByPage(long pageId) {
                return racing.findByPage(pageId);
            }

            @Override
            public void updateStatus(long pageId, String macroId, BlockStatus status) {
                racing.updateStatus(pageId, macroId, status);
            }

            @Override
            public int countBySpace(String spaceKey) {
                return racing.countBySpace(spaceKey);
            }

            @Override
            public List<Long> pageIdsInSpace(String spaceKey) {
                return racing.pageIdsInSpace(spaceKey);
            }

            @Override
            public void moveToSpace(long pageId, String spaceKey) {
                racing.moveToSpace(pageId, spaceKey);
            }

            @Override
            public void setTrashed(long pageId, boolean trashed) {
                racing.setTrashed(pageId, trashed);
            }

            @Override
            public int deleteByPage(long pageId) {
                return racing.deleteByPage(pageId);
            }
        };
        BlockRegistry registry = new BlockRegistry(lateFinder, BlockTagStore.NONE, Clock.fixed(NOW, ZoneOffset.UTC), java.util.List.of(reactions, replies));

        Block block = registry.ensureRegistered(new MacroIdentity(ID_1, PAGE, "DEV"), "loser", BlockStatus.DONE);

        assertEquals("winner", block.authorKey());
        assertEquals(1, racing.size());
    }

    @Test
    void pageTrashed_thenRestored_flagsThePagesBlocks() {
        registry.pageSaved(PAGE, "DEV", "alice", block(ID_1, "done") + block(ID_2, "done"));
        registry.pageSaved(COPY, "DEV", "alice", block(ID_1, "done"));

        registry.pageTrashed(PAGE);

        assertTrue(blocks.isTrashed(PAGE));
        assertFalse(blocks.isTrashed(COPY));
        assertEquals(1, blocks.countBySpace("DEV"));
        assertEquals(3, blocks.size(), "trashed blocks are kept for a restore");

        registry.pageRestored(PAGE);

        assertFalse(blocks.isTrashed(PAGE));
        assertEquals(3, blocks.countBySpace("DEV"));
    }

    @Test
    void pagePurged_deletesThePagesBlocksReactionsAndReplies_only() {
        registry.pageSaved(PAGE, "DEV", "alice", block(ID_1, "done") + block(ID_2, "done"));
        registry.pageSaved(COPY, "DEV", "alice", block(ID_1, "done"));
        reactions.toggle(PAGE, ID_1, "bob", ReactionKind.THANKS, NOW);
        reactions.toggle(PAGE, ID_2, "bob", ReactionKind.USEFUL, NOW);
        reactions.toggle(COPY, ID_1, "bob", ReactionKind.THANKS, NOW);
        replies.add(PAGE, ID_1, "bob", "Nice", NOW);
        replies.add(COPY, ID_1, "bob", "Nice too", NOW);
        registry.pageTrashed(PAGE);

        registry.pagePurged(PAGE);

        assertTrue(blocks.findByPage(PAGE).isEmpty());
        assertTrue(reactions.forPage(PAGE).isEmpty());
        assertTrue(replies.countsForPage(PAGE).isEmpty());
        assertEquals(1, blocks.findByPage(COPY).size());
        assertEquals(1, reactions.forBlock(COPY, ID_1).size());
        assertEquals(1, replies.size());
    }

    @Test
    void pageSaved_afterAPurge_registersAnew() {
        registry.pageSaved(PAGE, "DEV", "alice", block(ID_1, "done"));
        registry.pagePurged(PAGE);

        registry.pageSaved(PAGE, "DEV", "bob", block(ID_1, "stuck"));

        assertEquals("bob", blocks.find(PAGE, ID_1).orElseThrow().authorKey());
    }
}
