package io.outloud.wol.ao;

import io.outloud.content.MacroIdentity;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.wol.Block;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.BlockTagStore;
import io.outloud.wol.BlockTags;
import io.outloud.wol.StreamCursor;
import io.outloud.wol.StreamFilter;
import io.outloud.wol.StreamStore;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link StreamStore} and {@link BlockTagStore} on Active Objects, over the block table.
 *
 * <p>A stream batch is one query: equality filters on indexed columns (TRASHED, SPACE_KEY, STATUS, AUTHOR_KEY,
 * COMMUNITY), the label as {@code LABELS LIKE '%,label,%'} on the delimited column, and the keyset condition on
 * (CREATED_AT, ID), ordered by both descending with a limit, so the database walks the CREATED_AT index newest
 * first and stops after the batch. Labels are keys, so "_" is the only LIKE wildcard they can hold; it is escaped.
 */
public class AoStreamStore implements StreamStore, BlockTagStore {
    static final int MAX_LABELS_LENGTH = 255;

    private final ActiveObjects ao;

    public AoStreamStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<Block> recent(StreamFilter filter, StreamCursor before, int limit) {
        StringBuilder where = new StringBuilder(AoBlock.TRASHED + " = ?");
        List<Object> params = new ArrayList<>();
        params.add(false);
        if (filter.spaceKey() != null) {
            where.append(" AND ").append(AoBlock.SPACE_KEY).append(" = ?");
            params.add(filter.spaceKey());
        }
        if (filter.status() != null) {
            where.append(" AND ").append(AoBlock.STATUS).append(" = ?");
            params.add(filter.status().name());
        }
        if (filter.authorKey() != null) {
            where.append(" AND ").append(AoBlock.AUTHOR_KEY).append(" = ?");
            params.add(filter.authorKey());
        }
        if (filter.community() != null) {
            where.append(" AND ").append(AoBlock.COMMUNITY).append(" = ?");
            params.add(filter.community());
        }
        if (filter.label() != null) {
            where.append(" AND ").append(AoBlock.LABELS).append(" LIKE ? ESCAPE '!'");
            params.add("%," + filter.label().replace("!", "!!").replace("_", "!_").replace("%", "!%") + ",%");
        }
        if (before != null) {
            where.append(" AND (").append(AoBlock.CREATED_AT).append(" < ? OR (").append(AoBlock.CREATED_AT).append(" = ? AND ID < ?))");
            params.add(before.createdAtMillis());
            params.add(before.createdAtMillis());
            params.add(before.id());
        }
        Query query = Query.select().where(where.toString(), params.toArray())
                .order(AoBlock.CREATED_AT + " DESC, ID DESC").limit(limit);
        return Arrays.stream(ao.find(AoBlock.class, query)).map(AoStreamStore::toBlock).toList();
    }

    @Override
    public void tagPage(long pageId, Map<String, BlockTags> tags) {
        if (tags.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            for (AoBlock row : ao.find(AoBlock.class, Query.select().where(AoBlock.PAGE_ID + " = ?", pageId))) {
                BlockTags wanted = tags.get(row.getMacroId());
                if (wanted == null) {
                    continue;
                }
                String community = wanted.community().isEmpty() ? null : wanted.community();
                String labels = labels(wanted.labels());
                if (!Objects.equals(community, row.getCommunity()) || !Objects.equals(labels, row.getLabels())) {
                    row.setCommunity(community);
                    row.setLabels(labels);
                    row.save();
                }
            }
            return null;
        });
    }

    /** ",a,b," (null for none), keeping whole labels only while they fit the column. */
    static String labels(List<String> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        StringBuilder joined = new StringBuilder(",");
        for (String label : labels) {
            if (joined.length() + label.length() + 1 > MAX_LABELS_LENGTH) {
                break;
            }
            joined.append(label).append(',');
        }
        return joined.length() == 1 ? null : joined.toString();
    }

    private static Block toBlock(AoBlock row) {
        return new Block(row.getID(),
                new MacroIdentity(row.getMacroId(), row.getPageId(), row.getSpaceKey()),
                row.getAuthorKey(),
                BlockStatus.valueOf(row.getStatus()),
                Instant.ofEpochMilli(row.getCreatedAt()));
    }
}
