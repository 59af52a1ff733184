package io.outloud.insight.web;

import java.util.List;

/**
 * What the insight page shows, every word already in the reader's language; matrixHtml and trendHtml are the app's own
 * SVG with every name escaped.
 */
public record InsightPageView(String decorator, String title, String scope, String periodText, String community, List<Choice> weeks,
                              List<Choice> kinds, String kindLabel, boolean empty, String matrixHtml, String trendHtml, List<String> columns,
                              List<Row> rows, List<Week> trend, String crossingText, String suppressionText, String csvUrl) {
    public record Choice(String code, String label, boolean selected) {
    }

    /** One row of the table: from a department, the figure for each department it went to (as the columns). */
    public record Row(String from, List<Cell> cells) {
    }

    public record Cell(String to, String text, boolean suppressed) {
    }

    public record Week(String start, String text, boolean suppressed) {
    }
}
