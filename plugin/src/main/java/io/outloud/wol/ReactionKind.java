package io.outloud.wol;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Reactions that fit working out loud: recognition and offers, not a like button. */
public enum ReactionKind {
    USEFUL,
    LEARNED,
    CAN_HELP,
    SAME_HERE,
    THANKS;

    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    private final String textKey = "outloud.wol.reaction." + code;

    public String code() {
        return code;
    }

    /** The i18n key of its label (asked once per kind for each of a page's blocks, so kept). */
    public String textKey() {
        return textKey;
    }

    public static Optional<ReactionKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
