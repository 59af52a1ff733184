package io.outloud.wol;

import io.outloud.common.OutloudException;

import java.util.Arrays;
import java.util.List;
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

    /**
     * The kinds a block offers: one that asks for help has a single "I can help", its offer of help, so the reaction of
     * that name is left out there (reactions given before it asked stay stored and count again when it no longer asks).
     */
    public static List<ReactionKind> shownOn(boolean helpWanted) {
        return helpWanted ? SHOWN_WHERE_HELP_WANTED : List.of(values());
    }

    private static final List<ReactionKind> SHOWN_WHERE_HELP_WANTED = Arrays.stream(values()).filter(k -> k != CAN_HELP).toList();

    public static Optional<ReactionKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** The kind a request names; an unknown one is refused as invalid input, quoting (the start of) what was sent. */
    public static ReactionKind parse(String code) {
        return fromCode(code).orElseThrow(() -> OutloudException.invalid("outloud.wol.reaction.error.unknown-kind", abbreviate(code)));
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 40 ? value : value.substring(0, 40) + "\u2026";
    }
}
