package io.outloud.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Port: the daily roll-ups of knowledge flow, and which days have been rolled up when. */
public interface FlowRollups {
    /** Replaces every row of the day with these (none is fine) and records the day as rolled up at that time. */
    void replaceDay(LocalDate day, List<FlowDay> rows, Instant rolledAt);

    /** When each day in [from, to] was last rolled up; days never rolled up are absent. One statement. */
    Map<LocalDate, Instant> rolledDays(LocalDate from, LocalDate to);

    /** Every row of the days in [from, to], of one community, or of all when community is null. One statement. */
    List<FlowDay> rows(LocalDate from, LocalDate to, String community);

    /** Deletes the rows and marks of days before this one; how many rows went. */
    int forgetBefore(LocalDate day);
}
