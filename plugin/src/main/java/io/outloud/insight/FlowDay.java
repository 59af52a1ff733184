package io.outloud.insight;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One roll-up row: how many acts of a kind went from one department to another on a day (UTC), within a community
 * ("" for none), and from how many distinct people on each side that day. It names no person: only departments
 * ("" when unknown) and counts, so it may outlive the retention of the acts it counts.
 */
public record FlowDay(LocalDate day, String fromDepartment, String toDepartment, FlowKind kind, String community, int events,
                      int givers, int takers) {
    public FlowDay {
        Objects.requireNonNull(day, "day");
        fromDepartment = fromDepartment == null ? "" : fromDepartment;
        toDepartment = toDepartment == null ? "" : toDepartment;
        Objects.requireNonNull(kind, "kind");
        community = community == null ? "" : community;
    }

    public boolean crossesDepartments() {
        return !fromDepartment.equals(toDepartment);
    }

    /** The fewest distinct people this row surely comes from: the smaller side. */
    public int people() {
        return Math.min(givers, takers);
    }
}
