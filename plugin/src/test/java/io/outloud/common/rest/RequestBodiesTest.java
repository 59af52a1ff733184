package io.outloud.common.rest;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.Serializable;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestBodiesTest {

    private static OutloudException refused(Executable call, String expectedKey) {
        OutloudException e = assertThrows(OutloudException.class, call);
        assertEquals(Failure.INVALID_INPUT, e.failure());
        assertEquals(expectedKey, e.messageKey());
        return e;
    }

    @Test
    void object_ofAJsonObject_returnsItsMembers() {
        assertEquals(Map.of("kind", "thanks", "n", 2L), RequestBodies.object(" {\"kind\":\"thanks\",\"n\":2} "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\n\t\r "})
    void object_ofAMissingOrBlankBody_isRefusedAsMissing(String body) {
        OutloudException e = refused(() -> RequestBodies.object(body), "outloud.common.error.body-missing");
        assertEquals(0, e.arguments().length);
    }

    @Test
    void object_ofABodyAtTheLimit_isRead() {
        String prefix = "{\"kind\":\"";
        String suffix = "\"}";
        String body = prefix + "x".repeat(RequestBodies.MAX_BODY_CHARS - prefix.length() - suffix.length()) + suffix;
        assertEquals(RequestBodies.MAX_BODY_CHARS, body.length());

        assertEquals(1, RequestBodies.object(body).size());
    }

    @Test
    void object_ofABodyOverTheLimit_isRefusedAsTooLargeBeforeParsing() {
        String body = "[".repeat(RequestBodies.MAX_BODY_CHARS + 1);

        OutloudException e = refused(() -> RequestBodies.object(body), "outloud.common.error.body-too-large");
        assertArrayEquals(new Serializable[] {RequestBodies.MAX_BODY_CHARS}, e.arguments());
    }

    @Test
    void object_ofAValidButTooLargeObject_isRefusedAsTooLarge() {
        String body = "{\"kind\":\"" + "x".repeat(RequestBodies.MAX_BODY_CHARS) + "\"}";
        refused(() -> RequestBodies.object(body), "outloud.common.error.body-too-large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kind=thanks", "{kind:\"thanks\"}", "{\"kind\":\"thanks\",}", "{\"kind\":'thanks'}", "{", "<xml/>"})
    void object_ofSomethingNotJson_isRefusedAsNotJson(String body) {
        OutloudException e = refused(() -> RequestBodies.object(body), "outloud.common.error.body-not-json");
        assertEquals(1, e.arguments().length, "the parser's short reason is the argument");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"kind\":\"thanks\"}]", "\"thanks\"", "42", "null", "true"})
    void object_ofJsonThatIsNotAnObject_isRefusedAsNotJson(String body) {
        refused(() -> RequestBodies.object(body), "outloud.common.error.body-not-json");
    }

    @Test
    void object_notJsonReason_doesNotEchoTheBody() {
        OutloudException e = refused(() -> RequestBodies.object("{\"kind\": <script>alert(1)</script>}"),
                "outloud.common.error.body-not-json");
        assertFalse(String.valueOf(e.arguments()[0]).contains("<script>"));
    }

    @Test
    void object_ofTooDeeplyNestedJson_isRefusedAsNotJson() {
        refused(() -> RequestBodies.object("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
                "outloud.common.error.body-not-json");
    }

    @Test
    void string_ofATextField_returnsIt() {
        assertEquals("thanks", RequestBodies.string(Map.of("kind", "thanks"), "kind"));
    }

    @Test
    void string_ofAnAbsentOrNullField_isNull() {
        assertNull(RequestBodies.string(Map.of(), "kind"));
        assertNull(RequestBodies.string(RequestBodies.object("{\"kind\":null}"), "kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"kind\":1}", "{\"kind\":1.5}", "{\"kind\":true}", "{\"kind\":[\"thanks\"]}", "{\"kind\":{}}"})
    void string_ofAFieldOfAnotherType_isRefusedNamingTheField(String body) {
        Map<String, Object> object = RequestBodies.object(body);

        OutloudException e = refused(() -> RequestBodies.string(object, "kind"), "outloud.common.error.field-not-text");
        assertArrayEquals(new Serializable[] {"kind"}, e.arguments());
    }
}
