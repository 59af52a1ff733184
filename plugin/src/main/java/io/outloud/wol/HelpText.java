package io.outloud.wol;

import io.outloud.common.text.WrittenText;

/** The message of an offer of help: through {@link WrittenText}, not blank, at most 500 characters (code points). */
public final class HelpText {
    public static final int MAX_LENGTH = 500;

    private HelpText() {
    }

    public static String validate(String message) {
        return WrittenText.required(message, WrittenText.Shape.LINES, MAX_LENGTH, "outloud.wol.help.error.empty", "outloud.wol.help.error.too-long");
    }
}
