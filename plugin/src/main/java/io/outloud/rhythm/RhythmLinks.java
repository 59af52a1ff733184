package io.outloud.rhythm;

/** Where a person changes their rhythm: their preferences page (a site path; links put it behind the context path). */
public final class RhythmLinks {
    public static final String PREFERENCES_PATH = "/plugins/servlet/outloud/me#outloud-rhythm";

    private RhythmLinks() {
    }
}
