package io.outloud.common.ao;

import java.util.Collections;

/** "COLUMN IN (?, ?, …)": the one place that writes the placeholders for matching a list of values in one statement. */
public final class SqlIn {
    private SqlIn() {
    }

    /** The condition for {@code count} values (at least one: "IN ()" is not SQL). */
    public static String in(String column, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("IN needs at least one value for " + column);
        }
        return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }
}
