package io.outloud.preview.velocity;

/** {@code #disableAntiXSS()}: the template opts out of HTML auto-escaping, whatever its name or location. */
public class DisableAntiXssDirective extends MarkerDirective {
    static final String NAME = "disableAntiXSS";

    @Override
    public String getName() {
        return NAME;
    }
}
