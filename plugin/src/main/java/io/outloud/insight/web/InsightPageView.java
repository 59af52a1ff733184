package io.outloud.insight.web;

import java.util.List;

/**
 * What the insight page shows, every word already in the reader's language; matrixHtml and trendHtml are the app's own
 * SVG with every name escaped. Templates read the getters (on the Velocity allowlist), as on every Confluence line.
 */
public record InsightPageView(String decorator, String title, String scope, String periodText, String community, List<Choice> weeks,
                              List<Choice> kinds, String kindLabel, boolean empty, String matrixHtml, String trendHtml, List<String> columns,
                              List<Row> rows, List<Week> trend, String crossingText, String suppressionText, String csvUrl) {
    public String getDecorator() {
        return decorator;
    }

    public String getTitle() {
        return title;
    }

    public String getScope() {
        return scope;
    }

    public String getPeriodText() {
        return periodText;
    }

    public String getCommunity() {
        return community;
    }

    public List<Choice> getWeeks() {
        return weeks;
    }

    public List<Choice> getKinds() {
        return kinds;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public boolean getEmpty() {
        return empty;
    }

    public String getMatrixHtml() {
        return matrixHtml;
    }

    public String getTrendHtml() {
        return trendHtml;
    }

    public List<String> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Week> getTrend() {
        return trend;
    }

    public String getCrossingText() {
        return crossingText;
    }

    public String getSuppressionText() {
        return suppressionText;
    }

    public String getCsvUrl() {
        return csvUrl;
    }

    public record Choice(String code, String label, boolean selected) {
        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public boolean getSelected() {
            return selected;
        }

    }

    /** One row of the table: from a department, the figure for each department it went to (as the columns). */
    public record Row(String from, List<Cell> cells) {
        public String getFrom() {
            return from;
        }

        public List<Cell> getCells() {
            return cells;
        }

    }

    public record Cell(String to, String text, boolean suppressed) {
        public String getTo() {
            return to;
        }

        public String getText() {
            return text;
        }

        public boolean getSuppressed() {
            return suppressed;
        }

    }

    public record Week(String start, String text, boolean suppressed) {
        public String getStart() {
            return start;
        }

        public String getText() {
            return text;
        }

        public boolean getSuppressed() {
            return suppressed;
        }

    }
}
