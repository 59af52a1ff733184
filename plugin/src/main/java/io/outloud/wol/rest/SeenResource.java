package io.outloud.wol.rest;

import io.outloud.people.PersonJson;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.Keyset;
import io.outloud.common.PageRequest;
import io.outloud.common.rest.JsonResponses;
import io.outloud.people.Person;
import io.outloud.wol.SeenService;
import io.outloud.wol.SeenSummary;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seen-by on a block: {@code POST} records that the caller saw it (the block script sends it once the block was
 * in view for a moment); {@code GET} is for the block's author: the names the site lets them see, a page at a time
 * ({@code cursor}, {@code limit}; {@code next} is the following page's cursor, null on the last). Counts below
 * the minimum group size are never in a response, only "few": true.
 */
@Path("/blocks/{pageId}/{macroId}/seen")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SeenResource {
    private final SeenService seen;
    private final I18nResolver i18n;

    public SeenResource(SeenService seen, I18nResolver i18n) {
        this.seen = seen;
        this.i18n = i18n;
    }

    /** No body is read; the REST module's XSRF rules apply to the request as to any POST. */
    @POST
    public Response record(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId) {
        SeenService.Recorded recorded = seen.record(pageId, macroId);
        Map<String, Object> json = summary(macroId, recorded.summary());
        json.put("recorded", recorded.recorded());
        return JsonResponses.ok(json);
    }

    @GET
    public Response names(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId,
                          @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        SeenService.Names names = seen.names(pageId, macroId, PageRequest.of(cursor, limit));
        Map<String, Object> json = summary(macroId, names.summary());
        json.put("namesShown", names.namesShown());
        List<Object> people = new ArrayList<>();
        for (Person person : names.names()) {
            people.add(PersonJson.of(person));
        }
        json.put("names", people);
        json.put("next", names.next().map(Keyset::toString).orElse(null));
        return JsonResponses.ok(json);
    }

    private Map<String, Object> summary(String macroId, SeenSummary summary) {
        return SeenJson.summary(i18n, macroId, summary);
    }
}
