package io.outloud.wol;

import io.outloud.common.OutloudException;

/**
 * What a request asks someone to share about ("what you learned about the survey export"): one line, trimmed,
 * not empty, at most 200 characters (code points).
 */
public final class ShareTopic {
    public static final int MAX_LENGTH = 200;

    private ShareTopic() {
    }

    public static String validate(String topic) {
        String line = topic == null ? "" : topic.replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            throw OutloudException.invalid("outloud.wol.ask.error.empty");
        }
        if (line.codePointCount(0, line.length()) > MAX_LENGTH) {
            throw OutloudException.invalid("outloud.wol.ask.error.too-long", MAX_LENGTH);
        }
        return line;
    }
}
