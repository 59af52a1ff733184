package io.outloud.wol.ao;

import io.outloud.content.MacroIdentity;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.wol.Block;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.BlockStore;
import io.outloud.wol.DuplicateBlockException;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link BlockStore} on Active Objects. Entities never leave this class: they are mapped to {@link Block}. */
public class AoBlockStore implements BlockStore {

    private final ActiveObjects ao;

    public AoBlockStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    static String blockKey(long pageId, String macroId) {
        return pageId + "/" + macroId;
    }

    @Override
    public Block create(MacroIdentity identity, String authorKey, BlockStatus status, Instant createdAt) {
        String key = blockKey(identity.pageId(), identity.macroId());
        try {
            return ao.executeInTransaction(() -> {
                if (ao.count(AoBlock.class, AoBlock.BLOCK_KEY + " = ?", key) > 0) {
                    throw new DuplicateBlockException(identity.macroId());
                }
                AoBlock row = ao.create(AoBlock.class,
                        new DBParam(AoBlock.BLOCK_KEY, key),
                        new DBParam(AoBlock.MACRO_ID, identity.macroId()),
                        new DBParam(AoBlock.PAGE_ID, identity.pageId()),
                        new DBParam(AoBlock.SPACE_KEY, identity.spaceKey()),
                        new DBParam(AoBlock.AUTHOR_KEY, authorKey),
                        new DBParam(AoBlock.STATUS, status.name()),
                        new DBParam(AoBlock.CREATED_AT, createdAt.toEpochMilli()),
                        new DBParam(AoBlock.TRASHED, false));
                return toBlock(row);
            });
        } catch (DuplicateBlockException e) {
            throw e;
        } catch (RuntimeException e) {
            // Two saves registering the same block at once: the unique key let one through.
            if (find(identity.pageId(), identity.macroId()).isPresent()) {
                throw new DuplicateBlockException(identity.macroId());
            }
            throw e;
        }
    }

    @Override
    public Optional<Block> find(long pageId, String macroId) {
        AoBlock[] rows = ao.find(AoBlock.class, Query.select().where(AoBlock.BLOCK_KEY + " = ?", blockKey(pageId, macroId)).limit(1));
        return Arrays.stream(rows).findFirst().map(AoBlockStore::toBlock);
    }

    @Override
    public List<Block> findByPage(long pageId) {
        Query query = Query.select().where(AoBlock.PAGE_ID + " = ?", pageId).order(AoBlock.CREATED_AT + " ASC, ID ASC");
        return Arrays.stream(ao.find(AoBlock.class, query)).map(AoBlockStore::toBlock).toList();
    }

    @Override
    public void updateStatus(long pageId, String macroId, BlockStatus status) {
        for (AoBlock row : ao.find(AoBlock.class, Query.select().where(AoBlock.BLOCK_KEY + " = ?", blockKey(pageId, macroId)))) {
            row.setStatus(status.name());
            row.save();
        }
    }

    @Override
    public int countBySpace(String spaceKey) {
        return ao.count(AoBlock.class, Query.select().where(AoBlock.SPACE_KEY + " = ? AND " + AoBlock.TRASHED + " = ?", spaceKey, false));
    }

    @Override
    public List<Long> pageIdsInSpace(String spaceKey) {
        Set<Long> pages = new LinkedHashSet<>();
        for (AoBlock row : ao.find(AoBlock.class, Query.select("ID, " + AoBlock.PAGE_ID).where(AoBlock.SPACE_KEY + " = ?", spaceKey)
                .order(AoBlock.PAGE_ID + " ASC"))) {
            pages.add(row.getPageId());
        }
        return List.copyOf(pages);
    }

    @Override
    public void moveToSpace(long pageId, String spaceKey) {
        ao.executeInTransaction(() -> {
            for (AoBlock row : ao.find(AoBlock.class, Query.select().where(AoBlock.PAGE_ID + " = ?", pageId))) {
                row.setSpaceKey(spaceKey);
                row.save();
            }
            return null;
        });
    }

    @Override
    public void setTrashed(long pageId, boolean trashed) {
        ao.executeInTransaction(() -> {
            for (AoBlock row : ao.find(AoBlock.class, Query.select().where(AoBlock.PAGE_ID + " = ?", pageId))) {
                row.setTrashed(trashed);
                row.save();
            }
            return null;
        });
    }

    @Override
    public int deleteByPage(long pageId) {
        return ao.deleteWithSQL(AoBlock.class, AoBlock.PAGE_ID + " = ?", pageId);
    }

    private static Block toBlock(AoBlock row) {
        return new Block(row.getID(),
                new MacroIdentity(row.getMacroId(), row.getPageId(), row.getSpaceKey()),
                row.getAuthorKey(),
                BlockStatus.valueOf(row.getStatus()),
                Instant.ofEpochMilli(row.getCreatedAt()),
                row.isGettingHelp());
    }
}
