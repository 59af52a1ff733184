package io.outloud.insight.web;

import io.outloud.common.text.HtmlWriter;
import io.outloud.insight.FlowCell;
import io.outloud.insight.FlowKind;
import io.outloud.insight.FlowReport;
import io.outloud.insight.TrendPoint;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The insight's charts as inline SVG, drawn on the server (no script, no chart library): the department x department
 * grid of one kind and the weekly trend of what crossed departments, each with a title and a description for screen
 * readers, and a table with the same figures beside it. Colours are classes the style sheet maps to design tokens, so
 * the dark theme applies. Every department name goes through {@link HtmlWriter#text}.
 */
final class FlowCharts {
    private static final int LABEL = 140;
    private static final int CELL = 48;
    private static final int TOP = 110;
    private static final int BAR_AREA = 140;
    private static final int BAR = 22;
    private static final int MAX_LABEL = 18;

    private final BiFunction<String, Object[], String> words;

    /** words: the reader's text for an i18n key with arguments. */
    FlowCharts(BiFunction<String, Object[], String> words) {
        this.words = words;
    }

    String matrix(FlowReport report, FlowKind kind) {
        List<String> departments = report.departments();
        int max = report.cells().get(kind).stream().mapToInt(FlowCell::events).max().orElse(0);
        int width = LABEL + CELL * Math.max(1, departments.size()) + 96; // room for the last column's slanted name
        int height = TOP + CELL * Math.max(1, departments.size()) + 8;
        HtmlWriter svg = new HtmlWriter(4096);
        svg.raw("<svg class=\"outloud-insight-matrix\" role=\"img\" aria-labelledby=\"outloud-insight-matrix-title outloud-insight-matrix-desc\"")
                .attribute("viewBox", "0 0 " + width + " " + height).attribute("width", String.valueOf(width)).attribute("height", String.valueOf(height))
                .raw(" xmlns=\"http://www.w3.org/2000/svg\">")
                .raw("<title id=\"outloud-insight-matrix-title\">").text(text("outloud.insight.matrix.title", text("outloud.insight.kind." + kind.code())))
                .raw("</title><desc id=\"outloud-insight-matrix-desc\">").text(text("outloud.insight.matrix.desc", report.minGroupSize())).raw("</desc>");
        for (int col = 0; col < departments.size(); col++) {
            int x = LABEL + col * CELL + CELL / 2;
            svg.raw("<text class=\"outloud-insight-label\" text-anchor=\"start\"").attribute("transform", "translate(" + x + "," + (TOP - 6) + ") rotate(-50)")
                    .raw(">").text(shortName(departments.get(col))).raw("</text>");
        }
        for (int row = 0; row < departments.size(); row++) {
            int y = TOP + row * CELL;
            svg.raw("<text class=\"outloud-insight-label\" text-anchor=\"end\"").attribute("x", String.valueOf(LABEL - 6))
                    .attribute("y", String.valueOf(y + CELL / 2 + 4)).raw(">").text(shortName(departments.get(row))).raw("</text>");
            for (int col = 0; col < departments.size(); col++) {
                Optional<FlowCell> cell = report.cell(kind, departments.get(row), departments.get(col));
                svg.raw("<g>");
                int x = LABEL + col * CELL;
                String figure = cell.map(this::figure).orElse("0");
                svg.raw("<title>").text(text("outloud.insight.cell", name(departments.get(row)), name(departments.get(col)), cell.map(this::tableFigure).orElse("0")))
                        .raw("</title>");
                boolean suppressed = cell.map(FlowCell::suppressed).orElse(false);
                int events = cell.map(FlowCell::events).orElse(0);
                svg.raw("<rect").attribute("class", suppressed ? "outloud-insight-suppressed" : events == 0 ? "outloud-insight-none" : "outloud-insight-cell")
                        .attribute("x", String.valueOf(x + 1)).attribute("y", String.valueOf(y + 1)).attribute("width", String.valueOf(CELL - 2))
                        .attribute("height", String.valueOf(CELL - 2));
                if (!suppressed && events > 0) {
                    svg.attribute("fill-opacity", String.format(java.util.Locale.ROOT, "%.2f", 0.25 + 0.75 * events / Math.max(1, max)));
                }
                svg.raw("/>");
                svg.raw("<text class=\"outloud-insight-figure\" text-anchor=\"middle\"").attribute("x", String.valueOf(x + CELL / 2))
                        .attribute("y", String.valueOf(y + CELL / 2 + 4)).raw(">").text(figure).raw("</text></g>");
            }
        }
        return svg.raw("</svg>").toString();
    }

    String trend(FlowReport report, FlowKind kind) {
        List<TrendPoint> points = report.trend().get(kind);
        int max = points.stream().mapToInt(TrendPoint::events).max().orElse(0);
        int width = 8 + points.size() * (BAR + 4);
        int height = BAR_AREA + 24;
        HtmlWriter svg = new HtmlWriter(2048);
        svg.raw("<svg class=\"outloud-insight-trend\" role=\"img\" aria-labelledby=\"outloud-insight-trend-title outloud-insight-trend-desc\"")
                .attribute("viewBox", "0 0 " + width + " " + height).attribute("width", String.valueOf(width)).attribute("height", String.valueOf(height))
                .raw(" xmlns=\"http://www.w3.org/2000/svg\">")
                .raw("<title id=\"outloud-insight-trend-title\">").text(text("outloud.insight.trend.title", text("outloud.insight.kind." + kind.code())))
                .raw("</title><desc id=\"outloud-insight-trend-desc\">").text(text("outloud.insight.trend.desc")).raw("</desc>");
        svg.raw("<line class=\"outloud-insight-axis\" x1=\"0\" x2=\"" + width + "\" y1=\"" + BAR_AREA + "\" y2=\"" + BAR_AREA + "\"/>");
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            int x = 6 + i * (BAR + 4);
            int barHeight = point.suppressed() ? 6 : max == 0 ? 0 : Math.max(point.events() == 0 ? 0 : 2, BAR_AREA * point.events() / max);
            svg.raw("<g><title>").text(text("outloud.insight.week", point.weekStart().toString(), point.suppressed() ? suppressedLong() : String.valueOf(point.events())))
                    .raw("</title><rect").attribute("class", point.suppressed() ? "outloud-insight-suppressed" : "outloud-insight-bar")
                    .attribute("x", String.valueOf(x)).attribute("y", String.valueOf(BAR_AREA - barHeight)).attribute("width", String.valueOf(BAR))
                    .attribute("height", String.valueOf(barHeight)).raw("/>");
            if (point.suppressed()) {
                svg.raw("<text class=\"outloud-insight-figure\" text-anchor=\"middle\"").attribute("x", String.valueOf(x + BAR / 2))
                        .attribute("y", String.valueOf(BAR_AREA + 16)).raw(">").text(suppressedShort()).raw("</text>");
            }
            svg.raw("</g>");
        }
        return svg.raw("</svg>").toString();
    }

    /** What a cell shows: the count, or the short "suppressed" mark. */
    String figure(FlowCell cell) {
        return cell.suppressed() ? suppressedShort() : String.valueOf(cell.events());
    }

    /** What a table cell says: the count, or why it is not shown. */
    String tableFigure(FlowCell cell) {
        return cell.suppressed() ? suppressedLong() : String.valueOf(cell.events());
    }

    String suppressedLong() {
        return text("outloud.insight.suppressed");
    }

    private String suppressedShort() {
        return text("outloud.insight.suppressed.short");
    }

    String name(String department) {
        return department.isEmpty() ? text("outloud.insight.no-department") : department;
    }

    private String shortName(String department) {
        String name = name(department);
        return name.codePointCount(0, name.length()) <= MAX_LABEL ? name : name.substring(0, name.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }

    private String text(String key, Object... arguments) {
        return words.apply(key, arguments);
    }
}
