package io.outloud.insight;

import java.util.List;
import java.util.Locale;

/**
 * A report as CSV: one line per cell and per week of the trend, suppressed figures as "suppressed" (never 0). Every
 * field is quoted, and a field a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
 * leading apostrophe: department names come from profiles, which anyone may write.
 */
public final class InsightCsv {
    static final String HEADER = "figure,kind,from_department,to_department,week_start,events";
    static final String SUPPRESSED = "suppressed";

    private InsightCsv() {
    }

    public static String of(FlowReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (FlowKind kind : FlowKind.values()) {
            for (FlowCell cell : report.cells().get(kind)) {
                line(csv, List.of("cell", kind.code(), cell.fromDepartment(), cell.toDepartment(), "", figure(cell.shownEvents())));
            }
            for (TrendPoint point : report.trend().get(kind)) {
                line(csv, List.of("trend", kind.code(), "", "", point.weekStart().toString(), figure(point.shownEvents())));
            }
        }
        return csv.toString();
    }

    /** The file name a download gets: the scope and the period, nothing a person wrote. */
    public static String fileName(FlowReport report) {
        String scope = report.community() == null ? "site" : report.community().replaceAll("[^A-Za-z0-9_-]", "_");
        return String.format(Locale.ROOT, "outloud-insight-%s-%s-%dw.csv", scope, report.period().last(), report.period().weeks());
    }

    private static String figure(Integer shown) {
        return shown == null ? SUPPRESSED : shown.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
