package io.outloud.thought.rest;

import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.outloud.common.rest.JsonResponses;
import io.outloud.people.Person;
import io.outloud.people.PersonJson;
import io.outloud.settings.AuditDetail;
import io.outloud.settings.AuditKind;
import io.outloud.settings.AuditTrail;
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
    private final AuditTrail audit;

    public FeedbackGiverResource(ThoughtService thoughts, AuditTrail audit) {
        this.thoughts = thoughts;
        this.audit = audit;
    }

    @GET
    public Response giver(@PathParam("feedbackId") long feedbackId) {
        Person giver = thoughts.giverForSiteAdmin(feedbackId);
        // Recorded once the look-up was allowed and found the piece: the works council checks who looked whom up.
        audit.record(AuditKind.GIVER_LOOKED_UP, null, AuditDetail.giverLookedUp(feedbackId));
        return JsonResponses.ok(PersonJson.of(giver));
    }
}
