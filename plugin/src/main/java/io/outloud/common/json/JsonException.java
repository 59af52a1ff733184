package io.outloud.common.json;

/** The text is not valid JSON; the message says where, briefly, without echoing the input. */
public class JsonException extends RuntimeException {
    public JsonException(String message) {
        super(message);
    }
}
