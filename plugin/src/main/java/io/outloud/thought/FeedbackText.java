package io.outloud.thought;

import io.outloud.common.OutloudException;
import io.outloud.common.text.WrittenText;
import io.outloud.content.PostText;

/** Checks what a giver sends: a kind they chose, and a text that may be empty (a quick "go on" needs no words). */
final class FeedbackText {
    private FeedbackText() {
    }

    static FeedbackKind kind(String code) {
        if (code == null || code.isBlank()) {
            throw OutloudException.invalid("outloud.thought.feedback.error.kind-missing");
        }
        return FeedbackKind.fromCode(code).orElseThrow(() -> OutloudException.invalid("outloud.thought.feedback.error.kind",
                code.length() <= 40 ? code : code.substring(0, 40) + "\u2026"));
    }

    /** The text through {@link WrittenText}; blank is allowed (as ""), longer than {@link PostText#MAX_LENGTH} characters is not. */
    static String text(String text) {
        return WrittenText.optional(text, WrittenText.Shape.LINES, PostText.MAX_LENGTH, "outloud.thought.feedback.error.too-long");
    }
}
