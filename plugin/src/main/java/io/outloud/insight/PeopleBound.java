package io.outloud.insight;

/**
 * The fewest distinct people a sum of daily roll-up rows surely comes from. Daily rows hold each day's distinct givers
 * and takers, not who they were, so the distinct people of several days are unknown; the largest daily figure on each
 * side is a lower bound of them (the same person may act every day, but at least that many acted on that one day).
 * Suppressing below the minimum group size on this bound never shows a figure that comes from fewer people; it may
 * suppress a figure whose people acted on different days (the price of keeping no person in the roll-ups).
 */
final class PeopleBound {
    private int givers;
    private int takers;

    void add(FlowDay row) {
        givers = Math.max(givers, row.givers());
        takers = Math.max(takers, row.takers());
    }

    boolean below(int minGroupSize) {
        return Math.min(givers, takers) < minGroupSize;
    }
}
