package io.outloud.privacy.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.rest.JsonResponses;
import io.outloud.privacy.PersonalDataService;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;
import java.time.Clock;

/**
 * Everything the app holds about the signed-in person: {@code GET /me/data} (a JSON download, streamed) and
 * {@code GET /me/data/size} ({@code {"rows": n}}, what the download's progress is measured against).
 */
@Path("/me/data")
@LicensedOnly
public class MyDataResource {
    private final PersonalDataService personalData;
    private final Clock clock;

    public MyDataResource(PersonalDataService personalData, Clock clock) {
        this.personalData = personalData;
        this.clock = clock;
    }

    @GET
    public Response download() {
        return PersonalDataDownload.of(personalData, personalData.mine(), clock);
    }

    @GET
    @Path("/size")
    public Response size() {
        return JsonResponses.ok(PersonalDataDownload.size(personalData, personalData.mine()));
    }
}
