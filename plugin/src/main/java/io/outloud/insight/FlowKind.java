package io.outloud.insight;

import java.util.Arrays;
import java.util.Optional;

/**
 * A way knowledge went from one person to another: from the one who gave (reacted, replied, offered help, gave the
 * feedback, answered the request, met) to the one it went to (the block's or thought's author, the asker, the partner).
 * The code is stored in the roll-ups and used in addresses and i18n keys: never change one.
 */
public enum FlowKind {
    REACTION("reaction"),
    REPLY("reply"),
    HELP_OFFERED("help-offered"),
    HELP_ACCEPTED("help-accepted"),
    FEEDBACK_TAKEN_IN("feedback-taken-in"),
    SHARE_ANSWERED("share-answered"),
    PAIRING_MET("pairing-met");

    private final String code;

    FlowKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FlowKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
