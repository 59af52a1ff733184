package io.outloud.common.rest;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class OutloudExceptionMapperTest {
    private final OutloudExceptionMapper mapper = new OutloudExceptionMapper(new FakeI18nResolver());

    @ParameterizedTest
    @CsvSource({
            "INVALID_INPUT, 400",
            "NOT_AUTHENTICATED, 401",
            "NOT_PERMITTED, 403",
            "NOT_FOUND, 404",
            "CONFLICT, 409",
            "TOO_LARGE, 413"})
    void toResponse_mapsEachFailureToItsStatus(Failure failure, int status) {
        Response response = mapper.toResponse(new OutloudException(failure, "outloud.test.error"));

        assertEquals(status, response.getStatus());
        assertEquals(Map.of("status", (long) status, "message", "outloud.test.error"), body(response));
    }

    @Test
    void everyFailureHasADistinctStatus() {
        Set<Integer> statuses = new java.util.HashSet<>();
        for (Failure failure : EnumSet.allOf(Failure.class)) {
            statuses.add(mapper.toResponse(new OutloudException(failure, "k")).getStatus());
        }
        assertEquals(Failure.values().length, statuses.size());
    }

    @Test
    void toResponse_translatesTheKeyWithItsArguments() {
        Response response = mapper.toResponse(OutloudException.invalid("outloud.common.error.body-too-large", 65536, "x"));

        assertEquals(400, response.getStatus());
        assertEquals("outloud.common.error.body-too-large(65536,x)", body(response).get("message"));
    }

    @Test
    void toResponse_factoryRefusals_useTheirCommonKeys() {
        assertEquals(Map.of("status", 404L, "message", "outloud.common.error.not-found"),
                body(mapper.toResponse(OutloudException.notFound())));
        assertEquals(Map.of("status", 401L, "message", "outloud.common.error.not-authenticated"),
                body(mapper.toResponse(OutloudException.notAuthenticated())));
    }

    @Test
    void toResponse_isJsonInUtf8_withStatusFirst() {
        Response response = mapper.toResponse(OutloudException.notFound());

        MediaType type = response.getMediaType();
        assertEquals("application", type.getType());
        assertEquals("json", type.getSubtype());
        assertEquals("UTF-8", type.getParameters().get("charset"));
        assertEquals(List.of("status", "message"), List.copyOf(body(response).keySet()));
    }

    @Test
    void toResponse_escapesMarkupInTheMessage() {
        Response response = mapper.toResponse(OutloudException.invalid("outloud.wol.reaction.error.unknown-kind", "<script>"));

        String raw = (String) response.getEntity();
        assertFalse(raw.contains("<script>"), raw);
        assertEquals("outloud.wol.reaction.error.unknown-kind(<script>)", body(response).get("message"));
    }

    private static Map<String, Object> body(Response response) {
        return JsonReader.readObject((String) response.getEntity());
    }
}
