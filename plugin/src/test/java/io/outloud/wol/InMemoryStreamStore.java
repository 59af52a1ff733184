package io.outloud.wol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The stream store's contract in memory, recording each batch asked for. */
final class InMemoryStreamStore implements StreamStore, BlockTagStore {
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Long, BlockTags> tags = new HashMap<>();
    private final Set<Long> trashedPages = new HashSet<>();
    final List<Integer> batches = new ArrayList<>();

    InMemoryStreamStore add(Block block, BlockTags blockTags) {
        blocks.add(block);
        tags.put(block.id(), blockTags);
        return this;
    }

    void trash(long pageId) {
        trashedPages.add(pageId);
    }

    @Override
    public List<Block> recent(StreamFilter filter, StreamCursor before, int limit) {
        batches.add(limit);
        return blocks.stream()
                .filter(b -> !trashedPages.contains(b.pageId()))
                .filter(b -> filter.spaceKey() == null || filter.spaceKey().equals(b.spaceKey()))
                .filter(b -> filter.status() == null || filter.status() == b.status())
                .filter(b -> filter.authorKey() == null || filter.authorKey().equals(b.authorKey()))
                .filter(b -> filter.community() == null || filter.community().equals(tags.get(b.id()).community()))
                .filter(b -> filter.label() == null || tags.get(b.id()).labels().contains(filter.label()))
                .filter(b -> before == null || b.createdAt().toEpochMilli() < before.createdAtMillis()
                        || (b.createdAt().toEpochMilli() == before.createdAtMillis() && b.id() < before.id()))
                .sorted(Comparator.comparing(Block::createdAt).thenComparingLong(Block::id).reversed())
                .limit(limit).toList();
    }

    @Override
    public void tagPage(long pageId, Map<String, BlockTags> pageTags) {
        for (Block block : blocks) {
            if (block.pageId() == pageId && pageTags.containsKey(block.macroId())) {
                tags.put(block.id(), pageTags.get(block.macroId()));
            }
        }
    }
}
