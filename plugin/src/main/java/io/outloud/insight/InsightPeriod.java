package io.outloud.insight;

import io.outloud.common.OutloudException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks a report covers: the last 4, 12 or 26 whole weeks of seven days, ending yesterday (UTC), the last day the
 * roll-up may hold complete. Weeks are counted back from that day, so every week of the trend has seven days.
 */
public record InsightPeriod(int weeks, LocalDate last) {
    public static final List<Integer> CHOICES = List.of(4, 12, 26);
    public static final int DEFAULT_WEEKS = 4;
    /** The longest period: roll-ups older than this are never read, so the job neither writes nor keeps them. */
    public static final int MAX_DAYS = 26 * 7;

    public InsightPeriod {
        if (!CHOICES.contains(weeks)) {
            throw OutloudException.invalid("outloud.insight.error.period");
        }
    }

    /** The period of so many weeks that ends the day before today; null weeks for the default. */
    public static InsightPeriod endingBefore(LocalDate today, Integer weeks) {
        return new InsightPeriod(weeks == null ? DEFAULT_WEEKS : weeks, today.minusDays(1));
    }

    public LocalDate first() {
        return last.minusDays(weeks * 7L - 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last);
    }

    /** The week (0 the oldest) a day of the period falls in. */
    public int weekOf(LocalDate day) {
        return (int) ((day.toEpochDay() - first().toEpochDay()) / 7);
    }

    /** The first day of every week, oldest first. */
    public List<LocalDate> weekStarts() {
        List<LocalDate> starts = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            starts.add(first().plusDays(week * 7L));
        }
        return starts;
    }
}
