package io.outloud.wol.ao;

import io.outloud.common.ao.SqlIn;
import io.outloud.content.MacroIdentity;
import io.outloud.content.PageScopedData;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.wol.Block;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.BlockTagStore;
import io.outloud.wol.BlockTags;
import io.outloud.wol.Followed;
import io.outloud.wol.LabelBackfill;
import io.outloud.wol.StreamBatch;
import io.outloud.wol.StreamCursor;
import io.outloud.wol.StreamFilter;
import io.outloud.wol.StreamStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link StreamStore}, {@link BlockTagStore} and {@link LabelBackfill} on Active Objects, over the block table and
 * the label table ({@link AoBlockLabel}).
 *
 * <p>Without a label a stream batch is one query: equality filters on indexed columns (TRASHED, SPACE_KEY, STATUS,
 * GETTING_HELP, AUTHOR_KEY, COMMUNITY) and the keyset condition on (CREATED_AT, ID), ordered by both descending with a limit, so
 * the database walks the CREATED_AT index newest first and stops after the batch. With a label it is two: the
 * label's rows in the same keyset order (LABEL and CREATED_AT are indexed, and a label row carries its block's
 * creation time), then the blocks they name ({@code ID IN}, at most one batch of ids) with the other filters.
 */
public class AoStreamStore implements StreamStore, BlockTagStore, LabelBackfill, PageScopedData {
    private final ActiveObjects ao;

    public AoStreamStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public StreamBatch recent(StreamFilter filter, StreamCursor before, int limit) {
        if (filter.followed() != null) {
            return followed(filter, before, limit);
        }
        if (filter.label() == null) {
            return StreamBatch.of(blocks(filter, before, null, limit));
        }
        List<AoBlockLabel> rows = labelRows(List.of(filter.label()), before, limit);
        if (rows.isEmpty()) {
            return new StreamBatch(List.of(), 0, null);
        }
        List<Long> ids = rows.stream().map(AoBlockLabel::getBlockId).toList();
        AoBlockLabel last = rows.get(rows.size() - 1);
        return new StreamBatch(blocks(filter, null, ids, ids.size()), rows.size(), new StreamCursor(last.getCreatedAt(), last.getBlockId()));
    }

    /**
     * Blocks by followed authors or in followed communities (one query on the block table) and blocks with followed
     * labels (one on the label table), each in keyset order with the batch's limit, merged; then the label's blocks
     * (one query by id). The batch ends where the list that ran out of rows first ends, so nothing before it is
     * skipped: at most three statements per batch, whatever the number of follows.
     */
    private StreamBatch followed(StreamFilter filter, StreamCursor before, int limit) {
        Followed followed = filter.followed();
        List<Block> byColumns = followed.authorKeys().isEmpty() && followed.communities().isEmpty()
                ? List.of() : blocks(filter, before, null, limit);
        List<AoBlockLabel> rows = followed.labels().isEmpty() ? List.of() : labelRows(followed.labels(), before, limit);
        Comparator<StreamCursor> newestFirst = Comparator.comparingLong(StreamCursor::createdAtMillis).thenComparingLong(StreamCursor::id).reversed();
        StreamCursor cut = null;
        if (byColumns.size() == limit) {
            cut = StreamCursor.of(byColumns.get(limit - 1));
        }
        if (rows.size() == limit) {
            AoBlockLabel last = rows.get(limit - 1);
            StreamCursor end = new StreamCursor(last.getCreatedAt(), last.getBlockId());
            cut = cut == null || newestFirst.compare(end, cut) < 0 ? end : cut;
        }
        StreamCursor bound = cut;
        Map<Long, Block> found = new HashMap<>();
        byColumns.forEach(block -> found.put(block.id(), block));
        List<Long> labelled = rows.stream().map(AoBlockLabel::getBlockId).filter(id -> !found.containsKey(id)).distinct()
                .filter(id -> bound == null || newestFirst.compare(cursorOf(rows, id), bound) <= 0).toList();
        if (!labelled.isEmpty()) {
            blocks(new StreamFilter(filter.spaceKey(), null, null, null, filter.status()), null, labelled, labelled.size())
                    .forEach(block -> found.put(block.id(), block));
        }
        List<Block> shown = found.values().stream().filter(block -> bound == null || newestFirst.compare(StreamCursor.of(block), bound) <= 0)
                .sorted(Comparator.comparing(StreamCursor::of, newestFirst)).toList();
        if (bound == null) {
            return new StreamBatch(shown, 0, shown.isEmpty() ? null : StreamCursor.of(shown.get(shown.size() - 1)));
        }
        return new StreamBatch(shown, limit, bound);
    }

    private static StreamCursor cursorOf(List<AoBlockLabel> rows, long blockId) {
        AoBlockLabel row = rows.stream().filter(r -> r.getBlockId() == blockId).findFirst().orElseThrow();
        return new StreamCursor(row.getCreatedAt(), row.getBlockId());
    }

    private List<AoBlockLabel> labelRows(Collection<String> labels, StreamCursor before, int limit) {
        StringBuilder where = new StringBuilder(SqlIn.in(AoBlockLabel.LABEL, labels.size()));
        List<Object> params = new ArrayList<>(labels);
        if (before != null) {
            where.append(" AND (").append(AoBlockLabel.CREATED_AT).append(" < ? OR (").append(AoBlockLabel.CREATED_AT)
                    .append(" = ? AND ").append(AoBlockLabel.BLOCK_ID).append(" < ?))");
            params.addAll(List.of(before.createdAtMillis(), before.createdAtMillis(), before.id()));
        }
        Query query = Query.select().where(where.toString(), params.toArray())
                .order(AoBlockLabel.CREATED_AT + " DESC, " + AoBlockLabel.BLOCK_ID + " DESC").limit(limit);
        return Arrays.asList(ao.find(AoBlockLabel.class, query));
    }

    /** Blocks matching the filter's columns (not its label), before the cursor or among the given ids. */
    private List<Block> blocks(StreamFilter filter, StreamCursor before, List<Long> ids, int limit) {
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
        if (filter.needsHelpOnly()) {
            where.append(" AND (").append(AoBlock.GETTING_HELP).append(" IS NULL OR ").append(AoBlock.GETTING_HELP).append(" = ?)");
            params.add(false);
        }
        if (filter.authorKey() != null) {
            where.append(" AND ").append(AoBlock.AUTHOR_KEY).append(" = ?");
            params.add(filter.authorKey());
        }
        if (filter.community() != null) {
            where.append(" AND ").append(AoBlock.COMMUNITY).append(" = ?");
            params.add(filter.community());
        }
        if (filter.followed() != null && ids == null) {
            appendFollowed(where, params, filter.followed());
        }
        if (ids != null) {
            where.append(" AND ").append(SqlIn.in("ID", ids.size()));
            params.addAll(ids);
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

    /** Written by a followed author or in a followed community (labels are matched through the label table). */
    private static void appendFollowed(StringBuilder where, List<Object> params, Followed followed) {
        List<String> either = new ArrayList<>();
        if (!followed.authorKeys().isEmpty()) {
            either.add(SqlIn.in(AoBlock.AUTHOR_KEY, followed.authorKeys().size()));
            params.addAll(followed.authorKeys());
        }
        if (!followed.communities().isEmpty()) {
            either.add(SqlIn.in(AoBlock.COMMUNITY, followed.communities().size()));
            params.addAll(followed.communities());
        }
        where.append(" AND (").append(String.join(" OR ", either)).append(')');
    }

    /**
     * Each named block's community goes on its row and its labels into the label table: labels no longer there are
     * deleted, new ones added, unchanged ones left alone. Two statements when nothing changed, whatever the blocks.
     */
    @Override
    public void tagPage(long pageId, Map<String, BlockTags> tags) {
        if (tags.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            AoBlock[] rows = ao.find(AoBlock.class, Query.select().where(AoBlock.PAGE_ID + " = ?", pageId));
            Map<Long, Set<String>> stored = new HashMap<>();
            for (AoBlockLabel label : ao.find(AoBlockLabel.class, Query.select().where(AoBlockLabel.PAGE_ID + " = ?", pageId))) {
                stored.computeIfAbsent(label.getBlockId(), id -> new HashSet<>()).add(label.getLabel());
            }
            for (AoBlock row : rows) {
                BlockTags wanted = tags.get(row.getMacroId());
                if (wanted == null) {
                    continue;
                }
                String community = wanted.community().isEmpty() ? null : wanted.community();
                if (!Objects.equals(community, row.getCommunity()) || row.getLabels() != null) {
                    row.setCommunity(community);
                    row.setLabels(null); // the label table holds them now; a backfill must not bring old ones back
                    row.save();
                }
                setLabels(row, stored.getOrDefault((long) row.getID(), Set.of()), new LinkedHashSet<>(wanted.labels()));
            }
            return null;
        });
    }

    private void setLabels(AoBlock row, Set<String> stored, Set<String> wanted) {
        List<String> gone = stored.stream().filter(label -> !wanted.contains(label)).map(label -> labelKey(row.getID(), label)).toList();
        if (!gone.isEmpty()) {
            ao.deleteWithSQL(AoBlockLabel.class, SqlIn.in(AoBlockLabel.LABEL_KEY, gone.size()),
                    gone.toArray());
        }
        for (String label : wanted) {
            if (!stored.contains(label)) {
                addLabel(row, label);
            }
        }
    }

    /**
     * Blocks whose labels are still in the old delimited column get label rows for them (those already there are
     * kept), and the column is cleared, in one transaction per batch. A save meanwhile clears the column too, so a
     * block is moved once; two nodes racing on one block are stopped by the unique LABEL_KEY.
     */
    @Override
    public int backfillLabels(int batch) {
        return ao.executeInTransaction(() -> {
            AoBlock[] rows = ao.find(AoBlock.class, Query.select().where(AoBlock.LABELS + " IS NOT NULL").order("ID").limit(batch));
            if (rows.length == 0) {
                return 0;
            }
            List<Integer> ids = Arrays.stream(rows).map(AoBlock::getID).toList();
            Map<Long, Set<String>> stored = new HashMap<>();
            for (AoBlockLabel label : ao.find(AoBlockLabel.class, Query.select().where(SqlIn.in(AoBlockLabel.BLOCK_ID, ids.size()), ids.stream().map(Long::valueOf).toArray()))) {
                stored.computeIfAbsent(label.getBlockId(), id -> new HashSet<>()).add(label.getLabel());
            }
            for (AoBlock row : rows) {
                Set<String> old = Arrays.stream(row.getLabels().split(",")).filter(l -> !l.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                Set<String> have = stored.getOrDefault((long) row.getID(), Set.of());
                for (String label : old) {
                    if (!have.contains(label)) {
                        addLabel(row, label);
                    }
                }
                row.setLabels(null);
                row.save();
            }
            return rows.length;
        });
    }

    private void addLabel(AoBlock row, String label) {
        ao.create(AoBlockLabel.class,
                new DBParam(AoBlockLabel.LABEL_KEY, labelKey(row.getID(), label)),
                new DBParam(AoBlockLabel.BLOCK_ID, (long) row.getID()),
                new DBParam(AoBlockLabel.PAGE_ID, row.getPageId()),
                new DBParam(AoBlockLabel.LABEL, label),
                new DBParam(AoBlockLabel.CREATED_AT, row.getCreatedAt()));
    }

    /** A purged page's blocks take their labels with them. */
    @Override
    public int deleteByPage(long pageId) {
        return ao.deleteWithSQL(AoBlockLabel.class, AoBlockLabel.PAGE_ID + " = ?", pageId);
    }

    static String labelKey(long blockId, String label) {
        return blockId + "/" + label;
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
