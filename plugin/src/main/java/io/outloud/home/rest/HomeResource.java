package io.outloud.home.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.OutloudException;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.home.HomeService;

import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;

/**
 * The caller's own My Out Loud choices, signed-in people only: {@code POST /home/next-steps/{step}/dismiss} dismisses a
 * suggested next step for good, {@code PUT /home/suggestions {"on": false}} turns the page's suggestions off (or on).
 */
@Path("/home")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class HomeResource {
    private final HomeService home;

    public HomeResource(HomeService home) {
        this.home = home;
    }

    @POST
    @Path("/next-steps/{step}/dismiss")
    public Response dismiss(@PathParam("step") String step) {
        home.dismiss(step);
        return JsonResponses.ok(Map.of("dismissed", step));
    }

    @PUT
    @Path("/suggestions")
    public Response suggestions(InputStream body) {
        if (!(RequestBodies.object(body).get("on") instanceof Boolean on)) {
            throw OutloudException.invalid("outloud.home.error.on");
        }
        home.suggest(on);
        return JsonResponses.ok(Map.of("on", on));
    }
}
