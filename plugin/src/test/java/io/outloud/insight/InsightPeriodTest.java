package io.outloud.insight;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InsightPeriodTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    @Test
    void period_endsYesterday_andCoversWholeWeeks() {
        InsightPeriod twelve = InsightPeriod.endingBefore(TODAY, 12);

        assertEquals(LocalDate.parse("2026-12-06"), twelve.last());
        assertEquals(LocalDate.parse("2026-09-14"), twelve.first());
        assertEquals(84, twelve.last().toEpochDay() - twelve.first().toEpochDay() + 1);
        assertEquals(12, twelve.weekStarts().size());
        assertEquals(11, twelve.weekOf(twelve.last()));
        assertEquals(0, twelve.weekOf(twelve.first().plusDays(6)));
        assertEquals(1, twelve.weekOf(twelve.first().plusDays(7)));
    }

    @Test
    void today_isNotInThePeriod() {
        InsightPeriod four = InsightPeriod.endingBefore(TODAY, null);

        assertEquals(4, four.weeks());
        assertFalse(four.contains(TODAY));
        assertTrue(four.contains(four.first()));
        assertFalse(four.contains(four.first().minusDays(1)));
    }

    @Test
    void otherLengths_areRefused() {
        for (int weeks : new int[]{0, 1, 5, 27, 52}) {
            OutloudException refusal = assertThrows(OutloudException.class, () -> InsightPeriod.endingBefore(TODAY, weeks));
            assertEquals(Failure.INVALID_INPUT, refusal.failure());
            assertEquals("outloud.insight.error.period", refusal.messageKey());
        }
    }

    @Test
    void theLongestPeriod_isWhatTheRollUpsKeep() {
        InsightPeriod longest = InsightPeriod.endingBefore(TODAY, 26);

        assertEquals(InsightPeriod.MAX_DAYS, longest.last().toEpochDay() - longest.first().toEpochDay() + 1);
    }
}
