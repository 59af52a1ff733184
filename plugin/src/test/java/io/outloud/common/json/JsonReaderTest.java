package io.outloud.common.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class JsonReaderTest {

    @Test
    void read_literals() {
        assertEquals(Boolean.TRUE, JsonReader.read("true"));
        assertEquals(Boolean.FALSE, JsonReader.read("false"));
        assertNull(JsonReader.read("null"));
        assertEquals("", JsonReader.read("\"\""));
    }

    @Test
    void read_object_keepsMemberOrderAndNesting() {
        Object value = JsonReader.read(" {\"b\" : 1 ,\n\"a\":\t[true, null, \"x\", {}],\r\n\"c\":{\"d\":[]}} ");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", 1L);
        expected.put("a", Arrays.asList(true, null, "x", Map.of()));
        expected.put("c", Map.of("d", List.of()));
        assertEquals(expected, value);
        assertEquals(List.of("b", "a", "c"), List.copyOf(((Map<?, ?>) value).keySet()));
    }

    @Test
    void read_integers_areLongs() {
        assertEquals(0L, JsonReader.read("0"));
        assertEquals(-0L, JsonReader.read("-0"));
        assertEquals(42L, JsonReader.read("42"));
        assertEquals(Long.MAX_VALUE, JsonReader.read("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, JsonReader.read("-9223372036854775808"));
        assertInstanceOf(Long.class, JsonReader.read("7"));
    }

    @Test
    void read_fractionsAndExponents_areDoubles() {
        assertEquals(1.5, JsonReader.read("1.5"));
        assertEquals(-0.25, JsonReader.read("-0.25"));
        assertEquals(1000.0, JsonReader.read("1e3"));
        assertEquals(1000.0, JsonReader.read("1E+3"));
        assertEquals(0.01, JsonReader.read("1e-2"));
        assertEquals(10.0, JsonReader.read("0.1e2"));
        assertInstanceOf(Double.class, JsonReader.read("2.0"));
    }

    @Test
    void read_integerBeyondLong_isRefusedRatherThanRounded() {
        assertThrows(JsonException.class, () -> JsonReader.read("9223372036854775808"));
    }

    @Test
    void read_doubleBeyondRange_isRefusedRatherThanInfinity() {
        assertThrows(JsonException.class, () -> JsonReader.read("1e400"));
        assertThrows(JsonException.class, () -> JsonReader.read("-1e400"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "-01", "00", "00.5", "[012]", "-", "+1", "1.", ".5", "1e", "1e+", "-.5", "0x10", "1.5.2",
            "\u0661", "1\u0662", "1.\u0663", "1e\u0664"})
    void read_invalidNumbers_areRefused(String json) {
        assertThrows(JsonException.class, () -> JsonReader.read(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "[NaN]", "{\"a\":Infinity}"})
    void read_nanAndInfinity_areRefused(String json) {
        assertThrows(JsonException.class, () -> JsonReader.read(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,]", "[1,,2]", "[,1]", "{\"a\":1,}", "{,}", "{\"a\":1,,\"b\":2}", "[1 2]", "{\"a\" 1}"})
    void read_missingOrTrailingCommas_areRefused(String json) {
        assertThrows(JsonException.class, () -> JsonReader.read(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'x'", "{'a':1}", "{\"a\":'b'}", "{a:1}", "[\"a\\'b\"]"})
    void read_singleQuotesAndBareNames_areRefused(String json) {
        assertThrows(JsonException.class, () -> JsonReader.read(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "tru", "nul", "True", "truex", "[", "]", "{", "}", "[1", "{\"a\":1", "{\"a\"}", "\"abc",
            "\"a\\\"", "1 2", "{} {}", "[]x", "\uFEFF{}", "// c\n{}", "/* c */ 1", "{\"a\":1}\u00a0", "\f1"})
    void read_malformedDocuments_areRefused(String json) {
        assertThrows(JsonException.class, () -> JsonReader.read(json));
    }

    @Test
    void read_null_isRefused() {
        assertThrows(JsonException.class, () -> JsonReader.read(null));
    }

    @Test
    void read_rawControlCharacterInAString_isRefused() {
        assertThrows(JsonException.class, () -> JsonReader.read("\"a\nb\""));
        assertThrows(JsonException.class, () -> JsonReader.read("\"a\u0000b\""));
        assertThrows(JsonException.class, () -> JsonReader.read("\"a\tb\""));
    }

    @Test
    void read_simpleEscapes() {
        assertEquals("\" \\ / \b \f \n \r \t", JsonReader.read("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\x41\"", "\"\\a\"", "\"\\'\"", "\"\\0\"", "\"\\", "\"\\u12\"", "\"\\u12g4\"", "\"\\u004",
            "\"\\u+041\"", "\"\\u-001\"", "\"\\u 041\"", "\"\\U0041\""})
    void read_badEscapes_areRefused(String json) {
        assertThrows(JsonException.class, () -> JsonReader.read(json));
    }

    @Test
    void read_unicodeEscapes_inEitherCase() {
        assertEquals("A\u00e9\u2028<", JsonReader.read("\"\\u0041\\u00E9\\u2028\\u003c\""));
        assertEquals("\u00e9", JsonReader.read("\"\\u00e9\""));
    }

    @Test
    void read_surrogatePairEscape_isOneCodePoint() {
        String text = (String) JsonReader.read("\"\\ud83d\\ude00\"");

        assertEquals("😀", text);
        assertEquals(1, text.codePointCount(0, text.length()));
        assertEquals(0x1F600, text.codePointAt(0));
    }

    @Test
    void read_rawNonAsciiCharacters_areKept() {
        assertEquals("Grüße 😀 \u2028", JsonReader.read("\"Grüße 😀 \u2028\""));
    }

    @Test
    void read_duplicateNames_lastOneWins() {
        assertEquals(Map.of("a", 2L), JsonReader.read("{\"a\":1,\"a\":2}"));
    }

    @Test
    void read_nestingAtTheLimit_isAccepted() {
        assertEquals(32, JsonReader.MAX_DEPTH);
        Object value = JsonReader.read("[".repeat(32) + "]".repeat(32));

        int depth = 0;
        while (value instanceof List<?> list) {
            depth++;
            value = list.isEmpty() ? null : list.get(0);
        }
        assertEquals(32, depth);
    }

    @Test
    void read_nestingBeyondTheLimit_isRefused() {
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.read("[".repeat(33) + "]".repeat(33)));
        assertTrue(e.getMessage().contains("deeper"), e.getMessage());
    }

    @Test
    void read_objectsCountTowardsTheDepthLimitToo() {
        String deepObjects = "{\"a\":".repeat(33) + "1" + "}".repeat(33);
        assertThrows(JsonException.class, () -> JsonReader.read(deepObjects));
        String limitObjects = "{\"a\":".repeat(32) + "1" + "}".repeat(32);
        assertInstanceOf(Map.class, JsonReader.read(limitObjects));
    }

    @Test
    void read_siblingsDoNotAddToTheDepth() {
        String sibling = "[".repeat(31) + "]".repeat(31);
        String json = "[" + String.join(",", java.util.Collections.nCopies(100, sibling)) + "]";
        assertEquals(100, ((List<?>) JsonReader.read(json)).size());
    }

    @Test
    void read_tenMegabytesOfOpeningBrackets_isRefusedWithoutOverflowingTheStack() {
        String hostile = "[".repeat(10 * 1024 * 1024);
        JsonException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(JsonException.class, () -> JsonReader.read(hostile)));
        assertTrue(e.getMessage().contains("deeper"), e.getMessage());
    }

    @Test
    void readObject_returnsTheObject() {
        assertEquals(Map.of("kind", "thanks"), JsonReader.readObject("{\"kind\":\"thanks\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"x\"", "1", "null", "true"})
    void readObject_ofAnotherValue_isRefused(String json) {
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.readObject(json));
        assertEquals("expected a JSON object", e.getMessage());
    }

    @Test
    void errorMessages_doNotEchoTheInput() {
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.read("{\"secret-value\":<script>}"));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertFalse(e.getMessage().contains("<script>"), e.getMessage());
    }
}
