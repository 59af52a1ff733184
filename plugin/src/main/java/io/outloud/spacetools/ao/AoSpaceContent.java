package io.outloud.spacetools.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.ao.KeysetSql;
import io.outloud.spacetools.SpaceContent;
import io.outloud.spacetools.SpaceItem;
import io.outloud.thought.ao.AoThought;
import io.outloud.wol.ao.AoBlock;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link SpaceContent} on the blocks' and thoughts' tables: one indexed query per list (SPACE_KEY, then CREATED_AT). */
public class AoSpaceContent implements SpaceContent {
    private final ActiveObjects ao;

    public AoSpaceContent(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    @Override
    public List<SpaceItem> blocks(String spaceKey, Keyset after, int limit) {
        return Arrays.stream(ao.find(AoBlock.class, inSpace(AoBlock.SPACE_KEY, AoBlock.CREATED_AT, spaceKey, after, limit)))
                .map(AoSpaceContent::item).toList();
    }

    @Override
    public List<SpaceItem> thoughts(String spaceKey, Keyset after, int limit) {
        return Arrays.stream(ao.find(AoThought.class, inSpace(AoThought.SPACE_KEY, AoThought.CREATED_AT, spaceKey, after, limit)))
                .map(AoSpaceContent::item).toList();
    }

    @Override
    public Optional<SpaceItem> block(long pageId, String macroId) {
        return Arrays.stream(ao.find(AoBlock.class, Query.select().where(AoBlock.PAGE_ID + " = ? AND " + AoBlock.MACRO_ID + " = ?", pageId, macroId)))
                .findFirst().map(AoSpaceContent::item);
    }

    @Override
    public Optional<SpaceItem> thought(long pageId, String macroId) {
        return Arrays.stream(ao.find(AoThought.class, Query.select().where(AoThought.PAGE_ID + " = ? AND " + AoThought.MACRO_ID + " = ?",
                pageId, macroId))).findFirst().map(AoSpaceContent::item);
    }

    private static Query inSpace(String spaceColumn, String createdColumn, String spaceKey, Keyset after, int limit) {
        return Query.select()
                .where(spaceColumn + " = ?" + KeysetSql.past(createdColumn, after, false), KeysetSql.parameters(List.of(spaceKey), after))
                .order(KeysetSql.order(createdColumn, false))
                .limit(limit);
    }

    private static SpaceItem item(AoBlock row) {
        return new SpaceItem(row.getID(), row.getPageId(), row.getMacroId(), row.getSpaceKey(), row.getAuthorKey(), row.getStatus(),
                Instant.ofEpochMilli(row.getCreatedAt()), row.isTrashed());
    }

    private static SpaceItem item(AoThought row) {
        return new SpaceItem(row.getID(), row.getPageId(), row.getMacroId(), row.getSpaceKey(), row.getAuthorKey(), row.getStage(),
                Instant.ofEpochMilli(row.getCreatedAt()), row.isTrashed());
    }
}
