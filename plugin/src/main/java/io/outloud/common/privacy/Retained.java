package io.outloud.common.privacy;

/**
 * Port: what one feature keeps for a limited time, implemented by its store adapter. Each call settles at most
 * {@code limit} rows in one transaction, so a run over a large table is a series of short transactions.
 */
public interface Retained {

    /** Applies the feature's rule to at most {@code limit} rows; how many it settled (0: nothing is left to do). */
    int expire(RetentionCutoffs cutoffs, int limit);
}
