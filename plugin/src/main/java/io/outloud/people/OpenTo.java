package io.outloud.people;

import io.outloud.common.OutloudException;

/**
 * What a person is open to talk about beyond their job title: one short line. Line breaks and tabs become spaces,
 * other control characters are dropped, the result is trimmed and has at most 300 characters (code points); empty
 * means they say nothing.
 */
public final class OpenTo {
    public static final int MAX_LENGTH = 300;

    private OpenTo() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").replaceAll("\\p{Cc}", "").strip();
        if (oneLine.codePointCount(0, oneLine.length()) > MAX_LENGTH) {
            throw OutloudException.invalid("outloud.people.error.open-to-too-long", MAX_LENGTH);
        }
        return oneLine;
    }
}
