package io.outloud.common.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into maps, lists, strings, numbers (Long or Double), booleans and null. Strict (RFC 8259) and
 * bounded: nesting deeper than {@link #MAX_DEPTH} or input longer than the caller's limit is refused, so a
 * hostile body cannot exhaust the stack.
 */
public final class JsonReader {
    public static final int MAX_DEPTH = 32;

    private final String text;
    private int position;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Parses a whole document; throws {@link JsonException} with a short reason when it is not valid JSON. */
    public static Object read(String text) {
        if (text == null) {
            throw new JsonException("no body");
        }
        JsonReader reader = new JsonReader(text);
        reader.skipWhitespace();
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw new JsonException("unexpected text after the JSON value at " + reader.position);
        }
        return value;
    }

    /** Parses a document that must be a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(String text) {
        Object value = read(text);
        if (!(value instanceof Map)) {
            throw new JsonException("expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private Object value() {
        if (position >= text.length()) {
            throw new JsonException("unexpected end");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw new JsonException("unexpected character at " + position);
            }
        };
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> map = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (peek() == '}') {
            position++;
            depth--;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new JsonException("expected a name at " + position);
            }
            String name = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            map.put(name, value());
            skipWhitespace();
            char next = next();
            if (next == '}') {
                depth--;
                return map;
            }
            if (next != ',') {
                throw new JsonException("expected , or } at " + (position - 1));
            }
        }
    }

    private List<Object> array() {
        enter();
        List<Object> list = new ArrayList<>();
        position++;
        skipWhitespace();
        if (peek() == ']') {
            position++;
            depth--;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value());
            skipWhitespace();
            char next = next();
            if (next == ']') {
                depth--;
                return list;
            }
            if (next != ',') {
                throw new JsonException("expected , or ] at " + (position - 1));
            }
        }
    }

    private String string() {
        position++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new JsonException("control character in a string at " + (position - 1));
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = next();
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw new JsonException("short \\u escape");
                    }
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        // Exactly four ASCII hex digits: Integer.parseInt would also take a sign ("\\u+041").
                        int digit = hexDigit(text.charAt(position + i));
                        if (digit < 0) {
                            throw new JsonException("bad \\u escape at " + position);
                        }
                        code = code * 16 + digit;
                    }
                    out.append((char) code);
                    position += 4;
                }
                default -> throw new JsonException("bad escape at " + (position - 1));
            }
        }
    }

    private Object number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (position < text.length() && text.charAt(position) == '0'
                && position + 1 < text.length() && isDigit(text.charAt(position + 1))) {
            throw new JsonException("leading zero at " + position);
        }
        digits();
        boolean fraction = false;
        if (position < text.length() && text.charAt(position) == '.') {
            fraction = true;
            position++;
            digits();
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            fraction = true;
            position++;
            if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                position++;
            }
            digits();
        }
        String number = text.substring(start, position);
        try {
            if (!fraction) {
                return Long.parseLong(number);
            }
            double value = Double.parseDouble(number);
            if (Double.isInfinite(value)) {
                throw new JsonException("number out of range at " + start);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new JsonException("number out of range at " + start);
        }
    }

    private void digits() {
        int start = position;
        while (position < text.length() && isDigit(text.charAt(position))) {
            position++;
        }
        if (start == position) {
            throw new JsonException("expected a digit at " + position);
        }
    }

    /** ASCII digits only: Character.isDigit (and Long.parseLong) also take other scripts' digits. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw new JsonException("unexpected text at " + position);
        }
        position += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new JsonException("nested deeper than " + MAX_DEPTH);
        }
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw new JsonException("unexpected end");
        }
        return text.charAt(position);
    }

    private char next() {
        char c = peek();
        position++;
        return c;
    }

    private void expect(char expected) {
        if (next() != expected) {
            throw new JsonException("expected " + expected + " at " + (position - 1));
        }
    }
}
