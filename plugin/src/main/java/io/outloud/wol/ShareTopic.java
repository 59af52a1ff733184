package io.outloud.wol;

import io.outloud.common.text.WrittenText;

/**
 * What a request asks someone to share about ("what you learned about the survey export"): one line (through
 * {@link WrittenText}), not blank, at most 200 characters (code points).
 */
public final class ShareTopic {
    public static final int MAX_LENGTH = 200;

    private ShareTopic() {
    }

    public static String validate(String topic) {
        return WrittenText.required(topic, WrittenText.Shape.LINE, MAX_LENGTH, "outloud.wol.ask.error.empty", "outloud.wol.ask.error.too-long");
    }
}
