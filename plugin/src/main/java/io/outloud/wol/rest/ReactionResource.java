package io.outloud.wol.rest;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.wol.ReactionKind;
import io.outloud.wol.ReactionService;
import io.outloud.wol.ReactionSummary;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reactions on a block: {@code GET} for anyone who may view the page (anonymous too, where the site allows
 * it), {@code POST {"kind": "thanks"}} toggles the caller's reaction. JSON in and out; XSRF is the REST
 * module's (a JSON body from another origin cannot be sent by a browser without CORS).
 */
@Path("/blocks/{pageId}/{macroId}/reactions")
@Produces(MediaType.APPLICATION_JSON)
public class ReactionResource {
    private final ReactionService reactions;

    public ReactionResource(ReactionService reactions) {
        this.reactions = reactions;
    }

    @GET
    @AnonymousSiteAccess
    public Response get(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId) {
        return JsonResponses.ok(json(reactions.summary(pageId, macroId)));
    }

    /** Any content type is read as JSON, so the REST module's XSRF rules, not a 415, decide about form-like posts. */
    @POST
    @LicensedOnly
    public Response toggle(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, InputStream body) {
        String kind = RequestBodies.string(RequestBodies.object(body), "kind");
        return JsonResponses.ok(json(reactions.toggle(pageId, macroId, kind)));
    }

    static Map<String, Object> json(ReactionSummary summary) {
        List<Object> kinds = new ArrayList<>();
        for (ReactionKind kind : ReactionKind.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", kind.code());
            entry.put("count", summary.count(kind));
            entry.put("mine", summary.isMine(kind));
            kinds.add(entry);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("macroId", summary.macroId());
        json.put("reactions", kinds);
        return json;
    }
}
