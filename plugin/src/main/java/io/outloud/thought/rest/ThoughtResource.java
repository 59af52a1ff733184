package io.outloud.thought.rest;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.OutloudException;
import io.outloud.common.PageRequest;
import io.outloud.common.rest.JsonResponses;
import io.outloud.people.PersonJson;
import io.outloud.common.rest.RequestBodies;
import io.outloud.content.TextJson;
import io.outloud.thought.Feedback;
import io.outloud.thought.FeedbackBoard;
import io.outloud.thought.ThoughtService;
import io.outloud.thought.ThoughtStage;

import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A half-finished thought's feedback and stage. {@code GET /feedback?cursor=&limit=} is a page of what the reader may
 * see (decided by the service: no hidden name ever leaves), oldest first; {@code next} is the next page's cursor or null; {@code POST /feedback {"kind", "text", "unnamed"}} gives feedback;
 * {@code PUT} and {@code DELETE /feedback/{id}} change or remove your own; {@code POST /feedback/{id}/taken-in}
 * is the author's; {@code POST /stage {"stage", "onBehalf"}} moves the thought one stage on or back (an editor who is not
 * its author must send {@code "onBehalf": true}).
 */
@Path("/thoughts/{pageId}/{macroId}")
@Produces(MediaType.APPLICATION_JSON)
public class ThoughtResource {
    private final ThoughtService thoughts;
    private final I18nResolver i18n;

    public ThoughtResource(ThoughtService thoughts, I18nResolver i18n) {
        this.thoughts = thoughts;
        this.i18n = i18n;
    }

    @GET
    @Path("/feedback")
    @AnonymousSiteAccess
    public Response board(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, @QueryParam("cursor") String cursor,
                          @QueryParam("limit") @DefaultValue("20") int limit) {
        FeedbackBoard board = thoughts.board(pageId, macroId, PageRequest.of(cursor, limit));
        List<Object> items = new ArrayList<>();
        board.items().forEach(item -> items.add(json(item)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("total", board.total());
        body.put("allVisible", board.allVisible());
        body.put("next", board.next().map(Object::toString).orElse(null));
        int hidden = board.total() - board.visible();
        body.put("hiddenText", hidden > 0 ? i18n.getText("outloud.thought.feedback.hidden", hidden) : null);
        return JsonResponses.ok(body);
    }

    @POST
    @Path("/feedback")
    @LicensedOnly
    public Response give(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, InputStream body) {
        Map<String, Object> fields = RequestBodies.object(body);
        FeedbackBoard.Item item = thoughts.give(pageId, macroId, RequestBodies.string(fields, "kind"), optionalText(fields),
                flag(fields, "unnamed"));
        Map<String, Object> json = json(item);
        json.put("sentText", i18n.getText(item.feedback().unnamed() ? "outloud.thought.feedback.sent-unnamed" : "outloud.thought.feedback.sent"));
        return JsonResponses.status(201, json);
    }

    @PUT
    @Path("/feedback/{feedbackId}")
    @LicensedOnly
    public Response edit(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, @PathParam("feedbackId") long feedbackId,
                         InputStream body) {
        Map<String, Object> fields = RequestBodies.object(body);
        return JsonResponses.ok(json(thoughts.edit(pageId, macroId, feedbackId, RequestBodies.string(fields, "kind"), optionalText(fields))));
    }

    @DELETE
    @Path("/feedback/{feedbackId}")
    @LicensedOnly
    public Response delete(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, @PathParam("feedbackId") long feedbackId) {
        thoughts.delete(pageId, macroId, feedbackId);
        return Response.noContent().build();
    }

    @POST
    @Path("/feedback/{feedbackId}/taken-in")
    @LicensedOnly
    public Response takeIn(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, @PathParam("feedbackId") long feedbackId) {
        return JsonResponses.ok(json(thoughts.takeIn(pageId, macroId, feedbackId)));
    }

    @POST
    @Path("/stage")
    @LicensedOnly
    public Response stage(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, InputStream body) {
        Map<String, Object> request = RequestBodies.object(body);
        ThoughtStage stage = thoughts.moveStage(pageId, macroId, RequestBodies.string(request, "stage"), Boolean.TRUE.equals(request.get("onBehalf")));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stage", stage.code());
        json.put("label", i18n.getText("outloud.thought.stage." + stage.code()));
        return JsonResponses.ok(json);
    }

    private Map<String, Object> json(FeedbackBoard.Item item) {
        Feedback piece = item.feedback();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", piece.id());
        json.put("kind", piece.kind().code());
        json.put("kindLabel", i18n.getText("outloud.thought.kind." + piece.kind().code()));
        json.put("giver", item.giver() == null ? null : PersonJson.of(item.giver()));
        json.put("unnamed", piece.unnamed());
        json.put("mine", item.mine());
        json.put("createdAt", piece.createdAt().toString());
        json.put("edited", piece.editedAt() != null);
        json.put("text", piece.text());
        json.put("segments", TextJson.segments(piece.text()));
        json.put("takenIn", piece.takenIn());
        json.put("thanksText", !piece.takenIn() ? null : item.giver() == null || item.giver().displayName() == null
                ? i18n.getText("outloud.thought.feedback.thanks-unnamed")
                : i18n.getText("outloud.thought.feedback.thanks", PersonJson.name(item.giver(), i18n::getText)));
        json.put("canTakeIn", item.canTakeIn());
        return json;
    }

    /** The text is optional: a quick kind needs no words. */
    private static String optionalText(Map<String, Object> fields) {
        return fields.get("text") == null ? "" : RequestBodies.string(fields, "text");
    }

    private static boolean flag(Map<String, Object> fields, String field) {
        Object value = fields.get(field);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean yes)) {
            throw OutloudException.invalid("outloud.settings.error.field-not-boolean", field);
        }
        return yes;
    }
}
