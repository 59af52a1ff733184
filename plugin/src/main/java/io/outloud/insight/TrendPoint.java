package io.outloud.insight;

import java.time.LocalDate;

/**
 * The acts of a kind that crossed departments in one week, counted over the period's shown cells only (so the weeks
 * never add up to a suppressed cell); suppressed when they may come from fewer people than the minimum group size.
 */
public record TrendPoint(LocalDate weekStart, FlowKind kind, int events, boolean suppressed) {
    public Integer shownEvents() {
        return suppressed ? null : events;
    }
}
