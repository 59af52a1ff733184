package io.outloud.common.rest;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.json.JsonException;
import io.outloud.common.json.JsonReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies: bounded while they are read (a body over the limit is never read whole, whatever its
 * declared length says), strict UTF-8, strict JSON objects; anything else is a 4xx with a clear message.
 */
public final class RequestBodies {
    /** Bodies are small forms; reading stops at the first byte past this. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int CHUNK = 8 * 1024;

    private RequestBodies() {
    }

    /** The JSON object a body holds, read from its stream: at most {@link #MAX_BODY_BYTES} bytes are taken. */
    public static Map<String, Object> object(InputStream body) {
        String text = text(body);
        if (text.isBlank()) {
            throw OutloudException.invalid("outloud.common.error.body-missing");
        }
        return parse(text);
    }

    /** As {@link #object}, but a missing or blank body is an empty object (for calls whose fields are all optional). */
    public static Map<String, Object> optionalObject(InputStream body) {
        String text = text(body);
        return text.isBlank() ? Map.of() : parse(text);
    }

    private static String text(InputStream body) {
        return utf8(bounded(body));
    }

    private static Map<String, Object> parse(String text) {
        try {
            return JsonReader.readObject(text);
        } catch (JsonException e) {
            throw OutloudException.invalid("outloud.common.error.body-not-json", e.getMessage());
        }
    }

    /**
     * Refuses a body whose declared length (the Content-Length header, null when absent) is over the limit, before
     * reading any of it. A malformed header is left to the container; the read is bounded anyway.
     */
    public static void checkDeclaredLength(String contentLength) {
        String digits = contentLength == null ? "" : contentLength.strip();
        if (digits.matches("\\d+") && (digits.length() > 9 || Long.parseLong(digits) > MAX_BODY_BYTES)) {
            throw tooLarge();
        }
    }

    /** The body's bytes; refused as soon as one byte past the limit arrives (chunked bodies and false lengths too). */
    static byte[] bounded(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        try {
            int n;
            while ((n = body.read(chunk, 0, Math.min(CHUNK, MAX_BODY_BYTES + 1 - read.size()))) > 0) {
                read.write(chunk, 0, n);
                if (read.size() > MAX_BODY_BYTES) {
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Out Loud could not read the request body", e);
        }
        return read.toByteArray();
    }

    /** Decoded strictly: malformed or overlong sequences and encoded surrogates are refused, never replaced by U+FFFD. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw OutloudException.invalid("outloud.common.error.body-not-utf8");
        }
    }

    private static OutloudException tooLarge() {
        return new OutloudException(Failure.TOO_LARGE, "outloud.common.error.body-too-large", MAX_BODY_BYTES);
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

    /** A field holding a list of texts (an absent field is an empty list); anything else in it is refused. */
    public static List<String> strings(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items) || !items.stream().allMatch(String.class::isInstance)) {
            throw OutloudException.invalid("outloud.common.error.field-not-texts", field);
        }
        return items.stream().map(String.class::cast).toList();
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
