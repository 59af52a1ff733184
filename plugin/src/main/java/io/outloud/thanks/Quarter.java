package io.outloud.thanks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The calendar quarter an instant falls in (UTC, as the app's dates are): where "this quarter" starts. */
public final class Quarter {
    private Quarter() {
    }

    public static Instant startOf(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
