package io.outloud.community.macro;

/** One department's share of a community's members, for the chart and its legend. */
public final class ShareItem {
    final String department;
    final int members;
    final int percent;
    final String text;
    final int slot;

    ShareItem(String department, int members, int percent, String text, int slot) {
        this.department = department;
        this.members = members;
        this.percent = percent;
        this.text = text;
        this.slot = slot;
    }

    /** Which of the chart's eight colours it is drawn in (the legend repeats it). */
    public int getSlot() {
        return slot;
    }

    public String getDepartment() {
        return department;
    }

    public int getMembers() {
        return members;
    }

    /** Whole percent, for the bar's width. */
    public int getPercent() {
        return percent;
    }

    /** "Finance: 4 members (40%)". */
    public String getText() {
        return text;
    }
}
