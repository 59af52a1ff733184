package io.outloud.common.ao;

import net.java.ao.Entity;

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

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** "COLUMN IN (?, ?, …)" for these values. */
    public String in(String column) {
        return SqlIn.in(column, values.length);
    }
}
