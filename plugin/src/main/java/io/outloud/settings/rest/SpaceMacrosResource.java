package io.outloud.settings.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.OutloudException;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.settings.MacroChoice;
import io.outloud.settings.SpaceMacros;

import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the app's macros a space uses, for the space's admins only (checked in {@link SpaceMacros}): {@code GET}, and
 * {@code PUT {"half-finished-thought": "off", "working-out-loud": "default"}} (each macro "on", "off" or "default"; a
 * macro left out stays as it was).
 */
@Path("/spaces/{spaceKey}/macros")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SpaceMacrosResource {
    private final SpaceMacros macros;

    public SpaceMacrosResource(SpaceMacros macros) {
        this.macros = macros;
    }

    @GET
    public Response get(@PathParam("spaceKey") String spaceKey) {
        return JsonResponses.ok(json(macros.forSpaceAdmin(spaceKey)));
    }

    @PUT
    public Response put(@PathParam("spaceKey") String spaceKey, InputStream body) {
        macros.requireSpaceAdmin(spaceKey); // before reading a body a stranger sent
        Map<String, Object> fields = RequestBodies.object(body);
        Map<String, String> choices = new LinkedHashMap<>();
        for (String name : fields.keySet()) {
            String choice = RequestBodies.string(fields, name);
            if (choice == null) {
                throw OutloudException.invalid("outloud.space.error.choice", name);
            }
            choices.put(name, choice);
        }
        return JsonResponses.ok(json(macros.choose(spaceKey, choices)));
    }

    static Map<String, Object> json(List<MacroChoice> choices) {
        List<Map<String, Object>> items = choices.stream().map(choice -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("macro", choice.macro().macroName());
            item.put("choice", choice.choice().code());
            item.put("on", choice.on());
            item.put("siteDefault", choice.siteDefaultOn());
            return item;
        }).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("macros", items);
        return json;
    }
}
