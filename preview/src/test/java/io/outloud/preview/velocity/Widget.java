package io.outloud.preview.velocity;

/** A plugin view object as a template sees it. */
public class Widget {
    public String getTitle() {
        return "Title <b>";
    }

    public String getSummaryHtml() {
        return "<em>summary</em>";
    }

    public String getBodyHtml() {
        return "<p>body</p>";
    }

    public String renderBadge() {
        return "<span class=\"badge\">1</span>";
    }

    public String format(String value) {
        return "[" + value + "]";
    }

    public String secret() {
        return "s3cret";
    }
}
