package io.outloud.rhythm.rest;

import io.outloud.common.OutloudException;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.rhythm.Cadence;
import io.outloud.rhythm.NoticeTopic;
import io.outloud.rhythm.RhythmPreferences;
import io.outloud.rhythm.RhythmService;

import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller's own rhythm: {@code GET}, and {@code PUT {"cadences": {"replies": "daily"}, "weeklyDigest": true,
 * "fridayNudge": false}} (every field optional; what is not named stays). Signed-in people only.
 */
@Path("/me/rhythm")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RhythmPreferencesResource {
    private final RhythmService rhythm;

    public RhythmPreferencesResource(RhythmService rhythm) {
        this.rhythm = rhythm;
    }

    @GET
    public Response get() {
        return JsonResponses.ok(json(rhythm.mine()));
    }

    @PUT
    public Response put(InputStream body) {
        Map<String, Object> fields = RequestBodies.object(body);
        return JsonResponses.ok(json(rhythm.updateMine(cadences(fields.get("cadences")), bool(fields, "weeklyDigest"), bool(fields, "fridayNudge"))));
    }

    private static Map<NoticeTopic, Cadence> cadences(Object value) {
        Map<NoticeTopic, Cadence> cadences = new EnumMap<>(NoticeTopic.class);
        if (value == null) {
            return cadences;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw OutloudException.invalid("outloud.rhythm.error.cadence");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getValue() instanceof String cadence)) {
                throw OutloudException.invalid("outloud.rhythm.error.cadence");
            }
            cadences.put(NoticeTopic.of(String.valueOf(entry.getKey())), Cadence.of(cadence));
        }
        return cadences;
    }

    private static Boolean bool(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw OutloudException.invalid("outloud.rhythm.error.switch");
    }

    static Map<String, Object> json(RhythmPreferences preferences) {
        Map<String, Object> cadences = new LinkedHashMap<>();
        for (NoticeTopic topic : NoticeTopic.values()) {
            cadences.put(topic.code(), preferences.cadences().get(topic).code());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cadences", cadences);
        json.put("weeklyDigest", preferences.weeklyDigest());
        json.put("fridayNudge", preferences.fridayNudge());
        return json;
    }
}
