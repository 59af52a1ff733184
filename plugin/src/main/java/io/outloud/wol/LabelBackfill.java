package io.outloud.wol;

/**
 * Moves labels stored the old way (one delimited column on the block) into the label table, a bounded batch at a
 * time, so that streams find blocks saved before the table existed. Safe to repeat and to run on any node.
 */
public interface LabelBackfill {
    /** Moves the labels of at most {@code batch} blocks; returns how many blocks it moved (0: none left). */
    int backfillLabels(int batch);
}
