package io.outloud.thought.rest;

import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.outloud.common.rest.JsonResponses;
import io.outloud.people.PersonJson;
import io.outloud.thought.ThoughtService;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code GET /thoughts/feedback/{id}/giver}: who gave a piece of feedback, unnamed or not, for system admins in a
 * secure administrator session (abuse handling), and nobody else. A class of its own: JAX-RS matches the resource
 * with the longest literal path first, and {@code /thoughts/{pageId}/{macroId}} would otherwise take this address.
 */
@Path("/thoughts/feedback/{feedbackId}/giver")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
@WebSudoRequired
public class FeedbackGiverResource {
    private final ThoughtService thoughts;

    public FeedbackGiverResource(ThoughtService thoughts) {
        this.thoughts = thoughts;
    }

    @GET
    public Response giver(@PathParam("feedbackId") long feedbackId) {
        return JsonResponses.ok(PersonJson.of(thoughts.giverForSiteAdmin(feedbackId)));
    }
}
