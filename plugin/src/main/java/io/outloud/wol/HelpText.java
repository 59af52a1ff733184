package io.outloud.wol;

import io.outloud.common.OutloudException;

/** The message of an offer of help: trimmed, not empty, at most 500 characters (code points). */
public final class HelpText {
    public static final int MAX_LENGTH = 500;

    private HelpText() {
    }

    public static String validate(String message) {
        String trimmed = message == null ? "" : message.strip();
        if (trimmed.isEmpty()) {
            throw OutloudException.invalid("outloud.wol.help.error.empty");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw OutloudException.invalid("outloud.wol.help.error.too-long", MAX_LENGTH);
        }
        return trimmed;
    }
}
