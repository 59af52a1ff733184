package io.outloud.common.rest;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestBodiesTest {
    private static final int LIMIT = RequestBodies.MAX_BODY_BYTES;

    /** The body as a client sends it: UTF-8 bytes on a stream. */
    private static Map<String, Object> object(String body) {
        return RequestBodies.object(body == null ? null : stream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static OutloudException refused(Executable call, String expectedKey) {
        OutloudException e = assertThrows(OutloudException.class, call);
        assertEquals(Failure.INVALID_INPUT, e.failure());
        assertEquals(expectedKey, e.messageKey());
        return e;
    }

    @Test
    void object_ofAJsonObject_returnsItsMembers() {
        assertEquals(Map.of("kind", "thanks", "n", 2L), object(" {\"kind\":\"thanks\",\"n\":2} "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\n\t\r "})
    void object_ofAMissingOrBlankBody_isRefusedAsMissing(String body) {
        OutloudException e = refused(() -> object(body), "outloud.common.error.body-missing");
        assertEquals(0, e.arguments().length);
    }

    private static OutloudException tooLarge(Executable call) {
        OutloudException e = assertThrows(OutloudException.class, call);
        assertEquals(Failure.TOO_LARGE, e.failure());
        assertEquals("outloud.common.error.body-too-large", e.messageKey());
        assertArrayEquals(new Serializable[] {LIMIT}, e.arguments());
        return e;
    }

    /** A JSON object of exactly {@code bytes} UTF-8 bytes whose text is filled with {@code filler}. */
    private static String objectOfBytes(int bytes, String filler) {
        String prefix = "{\"kind\":\"";
        String suffix = "\"}";
        int fill = bytes - prefix.length() - suffix.length();
        int fillerBytes = filler.getBytes(StandardCharsets.UTF_8).length;
        String body = prefix + filler.repeat(fill / fillerBytes) + "x".repeat(fill % fillerBytes) + suffix;
        assertEquals(bytes, body.getBytes(StandardCharsets.UTF_8).length);
        return body;
    }

    @Test
    void object_ofABodyOfExactlyTheLimit_isRead() {
        assertEquals(1, object(objectOfBytes(LIMIT, "x")).size());
    }

    @Test
    void object_ofABodyOneByteOverTheLimit_isRefusedAsTooLarge() {
        tooLarge(() -> object(objectOfBytes(LIMIT + 1, "x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00e9", "\u20ac", "\ud83d\ude00"})
    void object_ofMultiByteCharactersEndingAtTheLimit_isReadWhole(String filler) {
        String body = objectOfBytes(LIMIT, filler);

        assertEquals(body.substring(9, body.length() - 2), object(body).get("kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00e9", "\u20ac", "\ud83d\ude00"})
    void object_whoseLastMultiByteCharacterCrossesTheLimit_isRefusedAsTooLarge(String filler) {
        // the limit counts bytes: a body whose last character starts on the limit's byte and ends past it
        String crossing = "{\"kind\":\"" + "x".repeat(LIMIT - 1 - 9) + filler;
        assertTrue(crossing.codePointCount(0, crossing.length()) <= LIMIT);
        assertTrue(crossing.getBytes(StandardCharsets.UTF_8).length > LIMIT);

        tooLarge(() -> object(crossing));
    }

    @Test
    void object_ofABodyOverTheLimit_stopsReadingAtTheFirstByteOver() {
        CountingStream endless = new CountingStream();

        tooLarge(() -> RequestBodies.object(endless));
        assertTrue(endless.served <= LIMIT + 8 * 1024, "read " + endless.served + " bytes of an endless body");
    }

    @Test
    void object_whoseDeclaredLengthLies_isStillBoundedWhileRead() {
        // Content-Length said 10: the filter let it through; the read still stops past the limit
        RequestBodies.checkDeclaredLength("10");

        tooLarge(() -> object(objectOfBytes(LIMIT * 4, "x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"65537", "20971520", "99999999999999999999999", " 1048576 "})
    void checkDeclaredLength_overTheLimit_isRefusedBeforeReading(String contentLength) {
        tooLarge(() -> RequestBodies.checkDeclaredLength(contentLength));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "65536", "12", "", "abc", "-5"})
    void checkDeclaredLength_atOrBelowTheLimitOrUnknown_passes(String contentLength) {
        RequestBodies.checkDeclaredLength(contentLength);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "7b226b696e64223a22ff227d",         // 0xFF never appears in UTF-8
            "7b226b696e64223a22c3227d",         // a lead byte without its continuation
            "7b226b696e64223a22c0af227d",       // overlong '/'
            "7b226b696e64223a22e080af227d",     // overlong '/' in three bytes
            "7b226b696e64223a22f08282ac227d",   // overlong euro sign in four bytes
            "7b226b696e64223a22eda080227d",     // an encoded lone surrogate (U+D800)
            "7b226b696e64223a22f4908080227d"})  // past U+10FFFF
    void object_ofInvalidUtf8_isRefusedNotReplaced(String hex) {
        OutloudException e = refused(() -> RequestBodies.object(stream(HexFormat.of().parseHex(hex))),
                "outloud.common.error.body-not-utf8");
        assertEquals(0, e.arguments().length);
    }

    @Test
    void optionalObject_ofAnEmptyBody_isEmpty_andOfAnObject_itsMembers() {
        assertEquals(Map.of(), RequestBodies.optionalObject(stream(new byte[0])));
        assertEquals(Map.of("n", 1L), RequestBodies.optionalObject(stream("{\"n\":1}".getBytes(StandardCharsets.UTF_8))));
    }

    /** An endless body of spaces that counts what was taken from it. */
    private static final class CountingStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            served += len;
            return len;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kind=thanks", "{kind:\"thanks\"}", "{\"kind\":\"thanks\",}", "{\"kind\":'thanks'}", "{", "<xml/>"})
    void object_ofSomethingNotJson_isRefusedAsNotJson(String body) {
        OutloudException e = refused(() -> object(body), "outloud.common.error.body-not-json");
        assertEquals(1, e.arguments().length, "the parser's short reason is the argument");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"kind\":\"thanks\"}]", "\"thanks\"", "42", "null", "true"})
    void object_ofJsonThatIsNotAnObject_isRefusedAsNotJson(String body) {
        refused(() -> object(body), "outloud.common.error.body-not-json");
    }

    @Test
    void object_notJsonReason_doesNotEchoTheBody() {
        OutloudException e = refused(() -> object("{\"kind\": <script>alert(1)</script>}"),
                "outloud.common.error.body-not-json");
        assertFalse(String.valueOf(e.arguments()[0]).contains("<script>"));
    }

    @Test
    void object_ofTooDeeplyNestedJson_isRefusedAsNotJson() {
        refused(() -> object("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
                "outloud.common.error.body-not-json");
    }

    @Test
    void strings_ofAListOfTexts_returnsThem_andOfAnAbsentField_none() {
        assertEquals(List.of("a", "b"), RequestBodies.strings(object("{\"ids\":[\"a\",\"b\"]}"), "ids"));
        assertEquals(List.of(), RequestBodies.strings(object("{}"), "ids"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"ids\":\"a\"}", "{\"ids\":[\"a\",1]}", "{\"ids\":[null]}", "{\"ids\":[[\"a\"]]}", "{\"ids\":{}}"})
    void strings_ofAnythingButAListOfTexts_isRefusedNamingTheField(String body) {
        Map<String, Object> object = object(body);

        OutloudException e = refused(() -> RequestBodies.strings(object, "ids"), "outloud.common.error.field-not-texts");
        assertEquals("ids", e.arguments()[0]);
    }

    @Test
    void string_ofATextField_returnsIt() {
        assertEquals("thanks", RequestBodies.string(Map.of("kind", "thanks"), "kind"));
    }

    @Test
    void string_ofAnAbsentOrNullField_isNull() {
        assertNull(RequestBodies.string(Map.of(), "kind"));
        assertNull(RequestBodies.string(object("{\"kind\":null}"), "kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"kind\":1}", "{\"kind\":1.5}", "{\"kind\":true}", "{\"kind\":[\"thanks\"]}", "{\"kind\":{}}"})
    void string_ofAFieldOfAnotherType_isRefusedNamingTheField(String body) {
        Map<String, Object> object = object(body);

        OutloudException e = refused(() -> RequestBodies.string(object, "kind"), "outloud.common.error.field-not-text");
        assertArrayEquals(new Serializable[] {"kind"}, e.arguments());
    }
}
