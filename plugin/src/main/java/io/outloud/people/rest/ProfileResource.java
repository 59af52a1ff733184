package io.outloud.people.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.OutloudException;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.people.OpenTo;
import io.outloud.people.ProfileService;

import javax.ws.rs.Consumes;
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
 * The caller's own profile: {@code GET}, and {@code PUT {"openTo": "..."}} (what they are open to talk about beyond
 * their job title; at most {@value OpenTo#MAX_LENGTH} characters, "" clears it). Signed-in people only.
 */
@Path("/people/me/profile")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProfileResource {
    static final String OPEN_TO = "openTo";

    private final ProfileService profiles;

    public ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    public Response get() {
        return JsonResponses.ok(json(profiles.myOpenTo()));
    }

    /** JSON only: the REST module merely logs a PUT that fails its XSRF rules, so a form-like body is refused here (415). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(InputStream body) {
        String openTo = RequestBodies.string(RequestBodies.object(body), OPEN_TO);
        if (openTo == null) {
            throw OutloudException.invalid("outloud.people.error.open-to-missing", OPEN_TO);
        }
        return JsonResponses.ok(json(profiles.updateMyOpenTo(openTo)));
    }

    private static Map<String, Object> json(String openTo) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(OPEN_TO, openTo);
        return json;
    }
}
