package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.ao.KeysetSql;
import io.outloud.wol.SeenCount;
import io.outloud.wol.SeenStore;
import io.outloud.wol.SeenViewer;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link SeenStore} on Active Objects: a daily view row (unique per block, person and day) and a viewer row
 * (unique per block and person) carrying the department. Counts read the viewer rows' macro id and department
 * only, over the indexed page id, in one statement per page.
 */
public class AoViewStore implements SeenStore {
    private final ActiveObjects ao;

    public AoViewStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean record(long pageId, String macroId, String userKey, String department, LocalDate day, Instant at) {
        String block = pageId + "|" + macroId + "|" + userKey;
        String dayKey = block + "|" + day;
        boolean recorded = insertOnce(() -> ao.create(AoView.class,
                new DBParam(AoView.PAGE_ID, pageId),
                new DBParam(AoView.MACRO_ID, macroId),
                new DBParam(AoView.USER_KEY, userKey),
                new DBParam(AoView.DEPARTMENT, department),
                new DBParam(AoView.SEEN_DAY, day.toString()),
                new DBParam(AoView.UNIQUE_KEY, dayKey),
                new DBParam(AoView.SEEN_AT, at.toEpochMilli())),
                () -> ao.count(AoView.class, AoView.UNIQUE_KEY + " = ?", dayKey) > 0);
        if (recorded) {
            // The first view of the day also makes sure the person is among the block's viewers (once ever).
            insertOnce(() -> ao.create(AoViewer.class,
                    new DBParam(AoViewer.PAGE_ID, pageId),
                    new DBParam(AoViewer.MACRO_ID, macroId),
                    new DBParam(AoViewer.USER_KEY, userKey),
                    new DBParam(AoViewer.DEPARTMENT, department),
                    new DBParam(AoViewer.UNIQUE_KEY, block),
                    new DBParam(AoViewer.FIRST_SEEN_AT, at.toEpochMilli())),
                    () -> ao.count(AoViewer.class, AoViewer.UNIQUE_KEY + " = ?", block) > 0);
        }
        return recorded;
    }

    /**
     * Inserts unless the row exists; true if this call inserted it. A concurrent insert of the same unique key makes
     * this one fail in the database; the row then exists, so that failure means "already there". Each step is its own
     * transaction (PostgreSQL aborts a transaction after a failed insert).
     */
    private boolean insertOnce(Runnable insert, java.util.function.BooleanSupplier exists) {
        if (exists.getAsBoolean()) {
            return false;
        }
        try {
            ao.executeInTransaction(() -> {
                insert.run();
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            if (exists.getAsBoolean()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public SeenCount count(long pageId, String macroId) {
        AoViewer[] rows = ao.find(AoViewer.class, Query.select("ID, " + AoViewer.MACRO_ID + ", " + AoViewer.DEPARTMENT)
                .where(AoViewer.PAGE_ID + " = ? AND " + AoViewer.MACRO_ID + " = ?", pageId, macroId));
        return tally(rows).getOrDefault(macroId, SeenCount.NONE);
    }

    @Override
    public Map<String, SeenCount> countsForPage(long pageId) {
        return tally(ao.find(AoViewer.class, Query.select("ID, " + AoViewer.MACRO_ID + ", " + AoViewer.DEPARTMENT)
                .where(AoViewer.PAGE_ID + " = ?", pageId)));
    }

    @Override
    public List<SeenViewer> viewers(long pageId, String macroId, Keyset before, int limit) {
        String where = AoViewer.PAGE_ID + " = ? AND " + AoViewer.MACRO_ID + " = ?" + KeysetSql.past(AoViewer.FIRST_SEEN_AT, before, false);
        Query query = Query.select("ID, " + AoViewer.USER_KEY + ", " + AoViewer.FIRST_SEEN_AT)
                .where(where, KeysetSql.parameters(List.of(pageId, macroId), before))
                .order(KeysetSql.order(AoViewer.FIRST_SEEN_AT, false))
                .limit(limit);
        return Arrays.stream(ao.find(AoViewer.class, query))
                .map(row -> new SeenViewer(row.getID(), row.getUserKey(), Instant.ofEpochMilli(row.getFirstSeenAt())))
                .toList();
    }

    @Override
    public int deleteByPage(long pageId) {
        int views = ao.deleteWithSQL(AoView.class, AoView.PAGE_ID + " = ?", pageId);
        ao.deleteWithSQL(AoViewer.class, AoViewer.PAGE_ID + " = ?", pageId);
        ao.deleteWithSQL(AoViewDay.class, AoViewDay.PAGE_ID + " = ?", pageId);
        return views;
    }

    /** One viewer row per person and block, so rows are distinct viewers; departments are counted distinct. */
    private static Map<String, SeenCount> tally(AoViewer[] rows) {
        Map<String, Integer> viewers = new HashMap<>();
        Map<String, Set<String>> departments = new HashMap<>();
        for (AoViewer row : rows) {
            viewers.merge(row.getMacroId(), 1, Integer::sum);
            String department = row.getDepartment();
            Set<String> seen = departments.computeIfAbsent(row.getMacroId(), k -> new HashSet<>());
            if (department != null && !department.isBlank()) {
                seen.add(department.strip());
            }
        }
        Map<String, SeenCount> counts = new HashMap<>();
        viewers.forEach((macroId, count) -> counts.put(macroId, new SeenCount(count, departments.get(macroId).size())));
        return counts;
    }
}
