package io.outloud.wol;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a working-out-loud block stands; "stuck" is the status that asks colleagues for help. */
public enum BlockStatus {
    EXPLORING,
    IN_PROGRESS,
    STUCK,
    DONE;

    /** The value as macro parameters and REST bodies spell it: lower case with a hyphen ("in-progress"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<BlockStatus> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code().equals(normalised)).findFirst();
    }
}
