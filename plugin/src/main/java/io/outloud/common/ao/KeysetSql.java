package io.outloud.common.ao;

import io.outloud.common.Keyset;

import java.util.List;

/**
 * The SQL of keyset paging on (created-at column, ID), for stores whose lists are ordered by both: the condition
 * "strictly past this point" and the order that goes with it. The database limits the rows; Java never drops any.
 */
public final class KeysetSql {
    private KeysetSql() {
    }

    /** " AND (C > ? OR (C = ? AND ID > ?))" oldest first, or with "<" newest first; nothing for the first page. */
    public static String past(String createdAtColumn, Keyset after, boolean oldestFirst) {
        if (after == null) {
            return "";
        }
        String beyond = oldestFirst ? " > ?" : " < ?";
        return " AND (" + createdAtColumn + beyond + " OR (" + createdAtColumn + " = ? AND ID" + beyond + "))";
    }

    /** The parameters of {@link #past} added to a clause's own. */
    public static Object[] parameters(List<Object> own, Keyset after) {
        List<Object> all = new java.util.ArrayList<>(own);
        if (after != null) {
            all.add(after.createdAtMillis());
            all.add(after.createdAtMillis());
            all.add(after.id());
        }
        return all.toArray();
    }

    public static String order(String createdAtColumn, boolean oldestFirst) {
        String direction = oldestFirst ? " ASC" : " DESC";
        return createdAtColumn + direction + ", ID" + direction;
    }
}
