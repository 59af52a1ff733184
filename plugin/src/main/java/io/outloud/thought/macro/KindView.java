package io.outloud.thought.macro;

/** One quick kind of feedback on the form. Public getters only: they are on the Velocity allowlist. */
public final class KindView {
    private final String code;
    private final String label;

    KindView(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }
}
