package io.outloud.insight;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InsightCsvTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    @Test
    void fields_areQuoted_andFormulasDefused() {
        assertEquals("\"Marketing\"", InsightCsv.field("Marketing"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", InsightCsv.field("=HYPERLINK(\"http://x\")"));
        for (String start : List.of("+", "-", "@", "\t", "\r")) {
            assertTrue(InsightCsv.field(start + "1").startsWith("\"'"), start);
        }
        assertEquals("\"\"", InsightCsv.field(""));
    }

    @Test
    void csv_showsSuppressedAsSuppressed_neverAsZero() {
        InsightPeriod period = InsightPeriod.endingBefore(TODAY, 4);
        FlowReport report = FlowReport.of(period, null, null, 5, List.of(
                new FlowDay(TODAY.minusDays(1), "Marketing", "Engineering", FlowKind.HELP_ACCEPTED, "", 7, 5, 5),
                new FlowDay(TODAY.minusDays(1), "@Sales", "Engineering", FlowKind.HELP_ACCEPTED, "", 3, 1, 1)));

        String csv = InsightCsv.of(report);

        assertTrue(csv.startsWith(InsightCsv.HEADER + "\r\n"));
        assertTrue(csv.contains("\"cell\",\"help-accepted\",\"Marketing\",\"Engineering\",\"\",\"7\"\r\n"), csv);
        assertTrue(csv.contains("\"cell\",\"help-accepted\",\"'@Sales\",\"Engineering\",\"\",\"suppressed\"\r\n"), csv);
        assertFalse(csv.contains("\"@Sales\""));
        assertTrue(csv.contains("\"trend\",\"help-accepted\",\"\",\"\",\"" + period.weekStarts().get(3) + "\",\"7\"\r\n"), csv);
        assertEquals("outloud-insight-site-2026-12-06-4w.csv", InsightCsv.fileName(report));
    }
}
