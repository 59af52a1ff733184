package io.outloud.insight;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowReportTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    private static final InsightPeriod FOUR_WEEKS = InsightPeriod.endingBefore(TODAY, 4);
    private static final LocalDate YESTERDAY = TODAY.minusDays(1);

    private static FlowDay row(LocalDate day, String from, String to, FlowKind kind, int events, int givers, int takers) {
        return new FlowDay(day, from, to, kind, "", events, givers, takers);
    }

    @Test
    void cell_fromEnoughPeople_showsItsCount() {
        FlowReport report = FlowReport.of(FOUR_WEEKS, null, null, 5,
                List.of(row(YESTERDAY, "Marketing", "Engineering", FlowKind.HELP_ACCEPTED, 9, 5, 6)));

        FlowCell cell = report.cell(FlowKind.HELP_ACCEPTED, "Marketing", "Engineering").orElseThrow();
        assertFalse(cell.suppressed());
        assertEquals(9, cell.shownEvents());
        assertEquals(List.of("Engineering", "Marketing"), report.departments());
    }

    @Test
    void cell_fromFewerPeopleOnEitherSide_isSuppressedNotZero() {
        FlowReport report = FlowReport.of(FOUR_WEEKS, null, null, 5, List.of(
                row(YESTERDAY, "Marketing", "Engineering", FlowKind.REPLY, 40, 4, 9),
                row(YESTERDAY, "Finance", "HR", FlowKind.REPLY, 40, 9, 1)));

        for (FlowCell cell : report.cells().get(FlowKind.REPLY)) {
            assertTrue(cell.suppressed(), cell.toString());
            assertNull(cell.shownEvents(), "a suppressed count is no number at all");
        }
        assertTrue(report.anySuppressed());
    }

    @Test
    void peopleOverSeveralDays_countTheLargestDayOnly_soTheSameFewPeopleEveryDayStaySuppressed() {
        List<FlowDay> rows = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            rows.add(row(TODAY.minusDays(day), "Marketing", "Engineering", FlowKind.REACTION, 3, 2, 3));
        }
        FlowReport report = FlowReport.of(FOUR_WEEKS, null, null, 5, rows);

        assertTrue(report.cell(FlowKind.REACTION, "Marketing", "Engineering").orElseThrow().suppressed(),
                "two people reacting on twenty days are not forty people");
    }

    @Test
    void minimumGroupSize_isTheSitesSetting() {
        List<FlowDay> rows = List.of(row(YESTERDAY, "Marketing", "Engineering", FlowKind.REACTION, 12, 7, 7));

        assertFalse(FlowReport.of(FOUR_WEEKS, null, null, 5, rows).cell(FlowKind.REACTION, "Marketing", "Engineering").orElseThrow().suppressed());
        assertTrue(FlowReport.of(FOUR_WEEKS, null, null, 8, rows).cell(FlowKind.REACTION, "Marketing", "Engineering").orElseThrow().suppressed());
    }

    @Test
    void rowsOutsideThePeriod_countNot() {
        FlowReport report = FlowReport.of(FOUR_WEEKS, null, null, 5, List.of(
                row(TODAY, "Marketing", "Engineering", FlowKind.REACTION, 10, 6, 6),
                row(FOUR_WEEKS.first().minusDays(1), "Marketing", "Engineering", FlowKind.REACTION, 10, 6, 6)));

        assertTrue(report.cells().get(FlowKind.REACTION).isEmpty());
        assertTrue(report.departments().isEmpty());
    }

    @Test
    void trend_countsShownCrossingCellsPerWeek_oldestFirst() {
        FlowReport report = FlowReport.of(FOUR_WEEKS, null, null, 5, List.of(
                row(FOUR_WEEKS.first(), "Marketing", "Engineering", FlowKind.HELP_OFFERED, 6, 5, 5),
                row(YESTERDAY, "Marketing", "Engineering", FlowKind.HELP_OFFERED, 7, 5, 6),
                row(YESTERDAY.minusDays(1), "Marketing", "Engineering", FlowKind.HELP_OFFERED, 1, 1, 1),
                row(YESTERDAY, "Engineering", "Engineering", FlowKind.HELP_OFFERED, 50, 9, 9)));

        List<TrendPoint> trend = report.trend().get(FlowKind.HELP_OFFERED);
        assertEquals(4, trend.size());
        assertEquals(FOUR_WEEKS.first(), trend.get(0).weekStart());
        assertEquals(6, trend.get(0).shownEvents());
        assertEquals(0, trend.get(1).shownEvents());
        assertEquals(8, trend.get(3).shownEvents(), "within a department counts not; the week's people are its largest day's");
        assertEquals(FOUR_WEEKS.last().minusDays(6), trend.get(3).weekStart());
    }

    @Test
    void trend_weekFromFewPeople_isSuppressed_andLeavesOutSuppressedCells() {
        FlowReport report = FlowReport.of(FOUR_WEEKS, null, null, 5, List.of(
                row(FOUR_WEEKS.first(), "Marketing", "Engineering", FlowKind.REPLY, 4, 5, 5),
                row(YESTERDAY, "Marketing", "Engineering", FlowKind.REPLY, 2, 2, 2),
                row(YESTERDAY, "Finance", "HR", FlowKind.REPLY, 3, 3, 3)));

        List<TrendPoint> trend = report.trend().get(FlowKind.REPLY);
        assertTrue(trend.get(3).suppressed(), "a week of two people is no figure to show");
        assertNull(trend.get(3).shownEvents());
        assertEquals(4, trend.get(0).shownEvents());
        int weeks = trend.stream().mapToInt(TrendPoint::events).sum();
        assertEquals(4, weeks, "the Finance to HR cell is suppressed, so no week counts it");
    }

    @Test
    void crossingShare_isOfTheShownFiguresOnly() {
        FlowReport report = FlowReport.of(FOUR_WEEKS, "data", "Data curious", 5, List.of(
                row(YESTERDAY, "Marketing", "Engineering", FlowKind.REACTION, 30, 6, 6),
                row(YESTERDAY, "Engineering", "Engineering", FlowKind.REACTION, 10, 6, 6),
                row(YESTERDAY, "Finance", "Engineering", FlowKind.REACTION, 100, 1, 6)));

        assertEquals(75, report.crossingPercent());
        assertEquals(40, report.shownEvents());
    }

    @Test
    void crossingShare_withNothingShown_isNull() {
        assertNull(FlowReport.of(FOUR_WEEKS, null, null, 5, List.of()).crossingPercent());
    }

    @Test
    void departments_unknownLast_othersByName() {
        FlowReport report = FlowReport.of(FOUR_WEEKS, null, null, 5, List.of(
                row(YESTERDAY, "", "marketing", FlowKind.REACTION, 6, 6, 6),
                row(YESTERDAY, "Engineering", "Finance", FlowKind.REACTION, 6, 6, 6)));

        assertEquals(List.of("Engineering", "Finance", "marketing", ""), report.departments());
    }
}
