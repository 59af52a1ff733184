package io.outloud.thought;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far a half-finished thought has grown: a seed, growing, or ripe (finished content that keeps its history). */
public enum ThoughtStage {
    SEED,
    GROWING,
    RIPE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ThoughtStage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code().equals(normalised)).findFirst();
    }

    /** The stage after this one; a ripe thought stays ripe. */
    public ThoughtStage next() {
        return this == RIPE ? RIPE : values()[ordinal() + 1];
    }

    /** Whether a person may move a thought from this stage to {@code target}: one step on, or one step back (an undo). */
    public boolean stepsTo(ThoughtStage target) {
        return Math.abs(target.ordinal() - ordinal()) == 1;
    }
}
