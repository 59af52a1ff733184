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

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReactionKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
