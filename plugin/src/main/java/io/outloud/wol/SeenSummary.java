package io.outloud.wol;

import java.io.Serializable;

/**
 * A seen-by count as everyone may see it: a number below the site's minimum group size is "a few", never the
 * number itself (for viewers and departments alike), so the exact counts stay inside this class's callers.
 */
public final class SeenSummary {
    private final int viewers;
    private final int departments;
    private final boolean fewViewers;
    private final boolean fewDepartments;

    private SeenSummary(int viewers, int departments, boolean fewViewers, boolean fewDepartments) {
        this.viewers = viewers;
        this.departments = departments;
        this.fewViewers = fewViewers;
        this.fewDepartments = fewDepartments;
    }

    public static SeenSummary of(SeenCount count, int minGroupSize) {
        boolean fewViewers = count.viewers() > 0 && count.viewers() < minGroupSize;
        boolean fewDepartments = fewViewers || (count.departments() > 0 && count.departments() < minGroupSize);
        return new SeenSummary(fewViewers ? 0 : count.viewers(), fewDepartments ? 0 : count.departments(), fewViewers, fewDepartments);
    }

    public boolean none() {
        return viewers == 0 && !fewViewers;
    }

    public boolean fewViewers() {
        return fewViewers;
    }

    public boolean fewDepartments() {
        return fewDepartments;
    }

    /** The number of viewers, or null when it may not be shown ("a few"). */
    public Integer shownViewers() {
        return fewViewers ? null : viewers;
    }

    /** The number of departments, or null when it may not be shown ("a few"). */
    public Integer shownDepartments() {
        return fewDepartments ? null : departments;
    }

    /** The i18n key of the line the block shows. */
    public String textKey() {
        if (none()) {
            return "outloud.wol.seen.none";
        }
        if (fewViewers) {
            return "outloud.wol.seen.few";
        }
        if (!fewDepartments && departments == 0) {
            return "outloud.wol.seen.viewers-only";
        }
        return fewDepartments ? "outloud.wol.seen.few-departments" : "outloud.wol.seen.many";
    }

    public Serializable[] textArguments() {
        return new Serializable[]{viewers, departments};
    }
}
