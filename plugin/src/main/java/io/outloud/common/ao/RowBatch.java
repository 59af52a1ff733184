package io.outloud.common.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.util.Arrays;

/**
 * Values to match with one statement, "COLUMN IN (?, ?, …)", and its parameters: the ids of a batch of rows read
 * together, to change or delete them at once, or the keys they name.
 */
public record RowBatch(Object[] values) {

    /** The ids of these rows. */
    public static RowBatch of(Entity[] rows) {
        return new RowBatch(Arrays.stream(rows).map(row -> (Object) row.getID()).toArray());
    }

    /**
     * The ids of at most {@code limit} rows of the table whose time column (epoch milliseconds) is before
     * {@code before}, by id: what a retention rule settles in one transaction.
     */
    public static <T extends Entity> RowBatch olderThan(ActiveObjects ao, Class<T> table, String timeColumn, long before, int limit) {
        return of(ao.find(table, Query.select("ID").where(timeColumn + " < ?", before).order("ID").limit(limit)));
    }

    /** Deletes these rows (by id) from the table; how many there were. */
    public int deleteFrom(ActiveObjects ao, Class<? extends Entity> table) {
        if (!isEmpty()) {
            ao.deleteWithSQL(table, in("ID"), values);
        }
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** "COLUMN IN (?, ?, …)" for these values. */
    public String in(String column) {
        return SqlIn.in(column, values.length);
    }
}
