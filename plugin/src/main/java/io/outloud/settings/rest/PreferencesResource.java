package io.outloud.settings.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.settings.Preferences;
import io.outloud.settings.SettingsService;

import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** The caller's own preferences: {@code GET}, and {@code PUT {"hideMyName": true}}. Signed-in people only. */
@Path("/me/preferences")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PreferencesResource {
    private final SettingsService settings;

    public PreferencesResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    public Response get() {
        return JsonResponses.ok(json(settings.mine()));
    }

    @PUT
    public Response put(InputStream body) {
        return JsonResponses.ok(json(settings.updateMine(SettingsFields.bool(RequestBodies.object(body), "hideMyName"))));
    }

    static Map<String, Object> json(Preferences preferences) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hideMyName", preferences.hideMyName());
        return json;
    }
}
