package io.outloud.settings.rest;

import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.settings.SpaceMacros;

import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site's default for spaces that have not chosen, for system admins in a secure administrator session: {@code GET},
 * and {@code PUT {"half-finished-thought": false}} (true: on; a macro left out stays as it was).
 */
@WebSudoRequired
@Path("/admin/macro-defaults")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class MacroDefaultsResource {
    private final SpaceMacros macros;

    public MacroDefaultsResource(SpaceMacros macros) {
        this.macros = macros;
    }

    @GET
    public Response get() {
        return JsonResponses.ok(macros.siteDefaults());
    }

    @PUT
    public Response put(InputStream body) {
        Map<String, Object> fields = RequestBodies.object(body);
        Map<String, Boolean> defaults = new LinkedHashMap<>();
        for (String name : fields.keySet()) {
            Boolean on = SettingsFields.bool(fields, name);
            defaults.put(name, on);
        }
        return JsonResponses.ok(macros.updateSiteDefaults(defaults));
    }
}
