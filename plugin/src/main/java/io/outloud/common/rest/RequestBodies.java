package io.outloud.common.rest;

import io.outloud.common.OutloudException;
import io.outloud.common.json.JsonException;
import io.outloud.common.json.JsonReader;

import java.util.Map;

/** Reads request bodies: bounded, strict JSON objects; anything else is a 400 with a clear message. */
public final class RequestBodies {
    /** Bodies are small forms; a larger one is refused before parsing. */
    public static final int MAX_BODY_CHARS = 64 * 1024;

    private RequestBodies() {
    }

    public static Map<String, Object> object(String body) {
        if (body == null || body.isBlank()) {
            throw OutloudException.invalid("outloud.common.error.body-missing");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw OutloudException.invalid("outloud.common.error.body-too-large", MAX_BODY_CHARS);
        }
        try {
            return JsonReader.readObject(body);
        } catch (JsonException e) {
            throw OutloudException.invalid("outloud.common.error.body-not-json", e.getMessage());
        }
    }

    /** A string field, or null when absent; a field of another type is refused. */
    public static String string(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw OutloudException.invalid("outloud.common.error.field-not-text", field);
        }
        return text;
    }

    /** A whole-number field; absent, fractional or of another type is refused. */
    public static long number(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (!(value instanceof Long number)) {
            throw OutloudException.invalid("outloud.common.error.field-not-number", field);
        }
        return number;
    }
}
