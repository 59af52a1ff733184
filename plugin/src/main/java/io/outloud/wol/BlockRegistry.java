package io.outloud.wol;

import io.outloud.content.PageScopedData;
import io.outloud.content.MacroIdentity;
import io.outloud.content.PageLifecycle;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Keeps the app's record of blocks in step with pages. When a page is saved, each new block occurrence is
 * registered with the person who saved it as its author (recorded on the server: no macro parameter names an
 * author) and known blocks take their current status. Trash, restore and purge follow the page.
 */
public class BlockRegistry implements PageLifecycle {
    private final BlockStore blocks;
    private final BlockTagStore tags;
    private final Clock clock;
    private final List<PageScopedData> pageData;

    /**
     * @param tags     where each save records a block's community and labels (streams filter by them)
     * @param pageData everything else kept per page (reactions, replies, views), deleted with a purged page
     */
    public BlockRegistry(BlockStore blocks, BlockTagStore tags, Clock clock, List<PageScopedData> pageData) {
        this.blocks = Objects.requireNonNull(blocks);
        this.tags = Objects.requireNonNull(tags);
        this.clock = Objects.requireNonNull(clock);
        this.pageData = List.copyOf(pageData);
    }

    @Override
    public void pageSaved(long pageId, String spaceKey, String editorKey, String storage) {
        List<BlockOccurrence> occurrences = StorageBlocks.find(storage);
        if (occurrences.isEmpty()) {
            return;
        }
        Map<String, Block> known = blocks.findByPage(pageId).stream()
                .collect(Collectors.toMap(Block::macroId, Function.identity(), (a, b) -> a));
        if (known.values().stream().anyMatch(block -> !block.spaceKey().equals(spaceKey))) {
            blocks.moveToSpace(pageId, spaceKey); // the page moved since: its blocks follow it into the new space
        }
        for (BlockOccurrence occurrence : occurrences) {
            Block existing = known.get(occurrence.macroId());
            if (existing == null) {
                register(new MacroIdentity(occurrence.macroId(), pageId, spaceKey), editorKey, occurrence.status());
            } else if (existing.status() != occurrence.status()) {
                blocks.updateStatus(pageId, occurrence.macroId(), occurrence.status());
            }
        }
        Map<String, BlockTags> pageTags = new java.util.LinkedHashMap<>();
        occurrences.forEach(occurrence -> pageTags.putIfAbsent(occurrence.macroId(), occurrence.tags()));
        tags.tagPage(pageId, pageTags);
    }

    /** A block rendered that no save registered (its page predates the app): the page's last editor becomes its author. */
    public Block ensureRegistered(MacroIdentity identity, String fallbackAuthorKey, BlockStatus status) {
        return blocks.find(identity.pageId(), identity.macroId())
                .orElseGet(() -> register(identity, fallbackAuthorKey, status));
    }

    @Override
    public void pageTrashed(long pageId) {
        blocks.setTrashed(pageId, true);
    }

    @Override
    public void pageRestored(long pageId) {
        blocks.setTrashed(pageId, false);
    }

    /** The page is gone for good: so is everything the app kept about its blocks (reactions, replies, views, the blocks). */
    @Override
    public void pagePurged(long pageId) {
        pageData.forEach(data -> data.deleteByPage(pageId));
        blocks.deleteByPage(pageId);
    }

    /**
     * A space was removed with all its pages (Confluence publishes no page event for each): everything kept about the
     * blocks of its pages goes, as for a purged page. A page recorded in that space that still exists moved away
     * before its blocks learned of it: it keeps its data.
     */
    @Override
    public void spaceRemoved(String spaceKey, LongPredicate pageStillExists) {
        for (long pageId : blocks.pageIdsInSpace(spaceKey)) {
            if (!pageStillExists.test(pageId)) {
                pagePurged(pageId);
            }
        }
    }

    private Block register(MacroIdentity identity, String authorKey, BlockStatus status) {
        try {
            return blocks.create(identity, authorKey, status, clock.instant());
        } catch (DuplicateBlockException e) {
            return blocks.find(identity.pageId(), identity.macroId()).orElseThrow(() -> e);
        }
    }
}
