package io.outloud.wol;

import io.outloud.content.MacroIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The block store's contract in memory: one block per page and macro id; trashed pages leave the space count. */
public final class InMemoryBlockStore implements BlockStore {
    private final Map<String, Block> blocks = new LinkedHashMap<>();
    private final Set<Long> trashedPages = new HashSet<>();
    private long nextId = 1;
    private int creates;

    private static String key(long pageId, String macroId) {
        return pageId + "/" + macroId;
    }

    @Override
    public synchronized Block create(MacroIdentity identity, String authorKey, BlockStatus status, Instant createdAt) {
        String key = key(identity.pageId(), identity.macroId());
        if (blocks.containsKey(key)) {
            throw new DuplicateBlockException(identity.macroId());
        }
        creates++;
        Block block = new Block(nextId++, identity, authorKey, status, createdAt);
        blocks.put(key, block);
        return block;
    }

    @Override
    public synchronized Optional<Block> find(long pageId, String macroId) {
        return Optional.ofNullable(blocks.get(key(pageId, macroId)));
    }

    @Override
    public synchronized List<Block> findByPage(long pageId) {
        return blocks.values().stream().filter(b -> b.pageId() == pageId)
                .sorted(Comparator.comparing(Block::createdAt).thenComparingLong(Block::id)).toList();
    }

    @Override
    public synchronized void updateStatus(long pageId, String macroId, BlockStatus status) {
        Block block = blocks.get(key(pageId, macroId));
        if (block != null) {
            blocks.put(key(pageId, macroId), new Block(block.id(), block.identity(), block.authorKey(), status, block.createdAt(), block.gettingHelp()));
        }
    }

    /** What the help store writes with an acceptance or a reopening. */
    synchronized void gettingHelp(long pageId, String macroId, boolean gettingHelp) {
        Block block = blocks.get(key(pageId, macroId));
        if (block != null) {
            blocks.put(key(pageId, macroId), new Block(block.id(), block.identity(), block.authorKey(), block.status(), block.createdAt(), gettingHelp));
        }
    }

    @Override
    public synchronized int countBySpace(String spaceKey) {
        return (int) blocks.values().stream()
                .filter(b -> b.spaceKey().equals(spaceKey) && !trashedPages.contains(b.pageId())).count();
    }

    @Override
    public synchronized List<Long> pageIdsInSpace(String spaceKey) {
        return blocks.values().stream().filter(b -> b.spaceKey().equals(spaceKey)).map(Block::pageId).distinct().sorted().toList();
    }

    @Override
    public synchronized void moveToSpace(long pageId, String spaceKey) {
        blocks.replaceAll((key, b) -> b.pageId() == pageId
                ? new Block(b.id(), new MacroIdentity(b.macroId(), pageId, spaceKey), b.authorKey(), b.status(), b.createdAt(), b.gettingHelp()) : b);
    }

    @Override
    public synchronized void setTrashed(long pageId, boolean trashed) {
        if (trashed) {
            trashedPages.add(pageId);
        } else {
            trashedPages.remove(pageId);
        }
    }

    @Override
    public synchronized int deleteByPage(long pageId) {
        List<String> gone = new ArrayList<>();
        blocks.forEach((key, block) -> {
            if (block.pageId() == pageId) {
                gone.add(key);
            }
        });
        gone.forEach(blocks::remove);
        trashedPages.remove(pageId);
        return gone.size();
    }

    /** Whether the store holds the page as trashed. */
    public synchronized boolean isTrashed(long pageId) {
        return trashedPages.contains(pageId);
    }

    /** How many blocks were created: a second registration of the same block must not count. */
    public synchronized int creates() {
        return creates;
    }

    public synchronized int size() {
        return blocks.size();
    }
}
