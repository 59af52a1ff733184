package io.outloud.wol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The stream store's contract in memory, recording each batch asked for. As in the database, a label's candidates
 * are its rows (whatever the other filters say), and the other filters then drop some of them.
 */
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
    public StreamBatch recent(StreamFilter filter, StreamCursor before, int limit) {
        batches.add(limit);
        Predicate<Block> matches = b -> !trashedPages.contains(b.pageId())
                && (filter.spaceKey() == null || filter.spaceKey().equals(b.spaceKey()))
                && (filter.status() == null || filter.status() == b.status())
                && !(filter.needsHelpOnly() && b.gettingHelp())
                && (filter.authorKey() == null || filter.authorKey().equals(b.authorKey()))
                && (filter.community() == null || filter.community().equals(tags.get(b.id()).community()))
                && (filter.followed() == null || filter.followed().authorKeys().contains(b.authorKey())
                    || filter.followed().communities().contains(tags.get(b.id()).community())
                    || tags.get(b.id()).labels().stream().anyMatch(filter.followed().labels()::contains));
        List<Block> candidates = blocks.stream()
                .filter(filter.label() == null ? matches : b -> tags.get(b.id()).labels().contains(filter.label()))
                .filter(b -> before == null || b.createdAt().toEpochMilli() < before.createdAtMillis()
                        || (b.createdAt().toEpochMilli() == before.createdAtMillis() && b.id() < before.id()))
                .sorted(Comparator.comparing(Block::createdAt).thenComparingLong(Block::id).reversed())
                .limit(limit).toList();
        if (filter.label() == null) {
            return StreamBatch.of(candidates);
        }
        return new StreamBatch(candidates.stream().filter(matches).toList(), candidates.size(),
                candidates.isEmpty() ? null : StreamCursor.of(candidates.get(candidates.size() - 1)));
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
