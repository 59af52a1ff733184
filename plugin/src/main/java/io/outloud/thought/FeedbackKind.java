package io.outloud.thought;

import java.util.Arrays;
import java.util.Optional;

/** Quick kinds of feedback that fit thinking together: encouragement, a question, a different view, thanks. */
public enum FeedbackKind {
    GO_ON("go-on"),
    CONSIDERED("have-you-considered"),
    DIFFERENTLY("see-differently"),
    HELPS("helps-me");

    private final String code;

    FeedbackKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FeedbackKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> k.code.equals(code.trim())).findFirst();
    }
}
