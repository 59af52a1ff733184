package io.outloud.preview.velocity;

/** {@code #htmlSafe()}: the template opts in to HTML auto-escaping. */
public class HtmlSafeDirective extends MarkerDirective {
    static final String NAME = "htmlSafe";

    @Override
    public String getName() {
        return NAME;
    }
}
