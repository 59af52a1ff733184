package io.outloud.privacy.rest;

import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.outloud.common.OutloudException;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.privacy.PersonalDataService;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

/**
 * A site admin's view of one person's data, in the secure administrator session: {@code GET /admin/people/data?username=}
 * (the person's export, streamed), {@code GET .../data/size?username=}, and {@code POST /admin/people/erase
 * {"username": "...", "confirm": "...", "texts": "delete" | "anonymise"}} (confirm repeats the username).
 */
@WebSudoRequired
@Path("/admin/people")
@SystemAdminOnly
public class PersonDataAdminResource {
    private final PersonalDataService personalData;
    private final Clock clock;

    public PersonDataAdminResource(PersonalDataService personalData, Clock clock) {
        this.personalData = personalData;
        this.clock = clock;
    }

    @GET
    @Path("/data")
    public Response download(@QueryParam("username") String username) {
        return PersonalDataDownload.of(personalData, personalData.personForAdmin(username), clock);
    }

    @GET
    @Path("/data/size")
    public Response size(@QueryParam("username") String username) {
        return JsonResponses.ok(PersonalDataDownload.size(personalData, personalData.personForAdmin(username)));
    }

    @POST
    @Path("/erase")
    public Response erase(InputStream body) {
        Map<String, Object> fields = RequestBodies.object(body);
        String username = RequestBodies.string(fields, "username");
        if (username == null || !username.equals(RequestBodies.string(fields, "confirm"))) {
            throw OutloudException.invalid("outloud.privacy.error.confirm");
        }
        personalData.eraseForAdmin(username, RequestBodies.string(fields, "texts"));
        return JsonResponses.ok(Map.of("erased", username));
    }
}
