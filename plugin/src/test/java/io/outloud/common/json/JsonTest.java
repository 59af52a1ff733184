package io.outloud.common.json;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {

    private enum Colour { DARK_RED }

    @Test
    void write_scalars_asJsonLiterals() {
        assertEquals("null", Json.write(null));
        assertEquals("true", Json.write(true));
        assertEquals("false", Json.write(false));
        assertEquals("42", Json.write(42));
        assertEquals("-7", Json.write(-7L));
        assertEquals("3", Json.write((short) 3));
        assertEquals("2.5", Json.write(2.5));
        assertEquals("1.5", Json.write(new BigDecimal("1.5")));
        assertEquals("\"DARK_RED\"", Json.write(Colour.DARK_RED));
    }

    @Test
    void write_mapsAndLists_keepInsertionOrderWithoutSpaces() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of("x", true));
        map.put("n", null);
        map.put("e", Map.of());

        assertEquals("{\"b\":1,\"a\":[\"x\",true],\"n\":null,\"e\":{}}", Json.write(map));
        assertEquals("[]", Json.write(List.of()));
    }

    @Test
    void write_mapKeys_areEscapedLikeValues() {
        assertEquals("{\"a\\\"\\u003c\":1}", Json.write(Map.of("a\"<", 1)));
    }

    @Test
    void write_quotesAndBackslashes_areEscaped() {
        assertEquals("\"say \\\"hi\\\" \\\\ bye\"", Json.write("say \"hi\" \\ bye"));
    }

    @Test
    void write_controlCharacters_areEscaped() {
        assertEquals("\"\\n\\r\\t\\u0000\\u0008\\u000c\\u001f\"", Json.write("\n\r\t\u0000\b\f\u001f"));
    }

    @Test
    void write_htmlSignificantCharacters_areEscapedSoTheOutputIsSafeInAScriptElement() {
        String hostile = "</script><script>alert('x') && 1 > 0</script><!--";

        String json = Json.write(hostile);

        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertFalse(json.contains("'"), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
        assertEquals(hostile, JsonReader.read(json));
    }

    @Test
    void write_lineAndParagraphSeparators_areEscaped() {
        String json = Json.write("a\u2028b\u2029c");

        assertEquals("\"a\\u2028b\\u2029c\"", json);
        assertFalse(json.contains("\u2028"));
        assertFalse(json.contains("\u2029"));
    }

    @Test
    void write_nonAsciiText_isKeptAsItIs() {
        assertEquals("\"Grüße 😀\"", Json.write("Grüße 😀"));
    }

    @Test
    void write_nanAndInfinity_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(Float.NEGATIVE_INFINITY)));
    }

    @Test
    void write_unknownType_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of("k", new StringBuilder("x"))));
    }

    @Test
    void writeThenRead_returnsTheSameStructure() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("text", "line 1\nline 2 \"quoted\" <b>&amp;</b> \u2028 \u0001 é 😀");
        inner.put("long", Long.MAX_VALUE);
        inner.put("negative", -12L);
        inner.put("double", 0.125);
        inner.put("small", 1.0E-7);
        inner.put("yes", true);
        inner.put("nothing", null);
        List<Object> list = new ArrayList<>(Arrays.asList(1L, "two", null, false, List.of(), Map.of()));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("inner", inner);
        document.put("list", list);
        document.put("", "empty name");

        assertEquals(document, JsonReader.read(Json.write(document)));
    }
}
