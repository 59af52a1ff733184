package io.outloud.people;

import io.outloud.common.text.WrittenText;

/**
 * What a person is open to talk about beyond their job title: one short line through {@link WrittenText} (line breaks
 * and tabs become spaces), at most 300 characters (code points); blank means they say nothing.
 */
public final class OpenTo {
    public static final int MAX_LENGTH = 300;

    private OpenTo() {
    }

    public static String clean(String text) {
        return WrittenText.optional(text, WrittenText.Shape.LINE, MAX_LENGTH, "outloud.people.error.open-to-too-long");
    }
}
