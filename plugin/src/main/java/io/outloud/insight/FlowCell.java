package io.outloud.insight;

/**
 * How many acts of a kind went from one department to another in the period; suppressed when they may come from
 * fewer people than the site's minimum group size (then events is 0 and must not be shown as a number).
 */
public record FlowCell(String fromDepartment, String toDepartment, FlowKind kind, int events, boolean suppressed) {
    public boolean crossesDepartments() {
        return !fromDepartment.equals(toDepartment);
    }

    /** The count to show, or null when suppressed. */
    public Integer shownEvents() {
        return suppressed ? null : events;
    }
}
