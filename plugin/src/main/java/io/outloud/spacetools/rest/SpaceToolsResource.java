package io.outloud.spacetools.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.rest.JsonResponses;
import io.outloud.spacetools.ModerationRecord;
import io.outloud.spacetools.SpaceItem;
import io.outloud.spacetools.SpaceTools;
import io.outloud.thought.Feedback;
import io.outloud.wol.Reply;

import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A space's blocks and thoughts, their replies and feedback, removals and the moderation record, for the space's admins
 * only (checked in {@link SpaceTools}): {@code GET blocks|thoughts?cursor=&limit=}, {@code GET blocks/{pageId}/{macroId}/replies?after=&limit=},
 * {@code GET thoughts/{pageId}/{macroId}/feedback?cursor=&limit=}, {@code DELETE replies/{id}}, {@code DELETE feedback/{id}} (each
 * answers the record it made) and {@code GET moderation?cursor=&limit=}.
 */
@Path("/spaces/{spaceKey}")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SpaceToolsResource {
    private final SpaceTools tools;

    public SpaceToolsResource(SpaceTools tools) {
        this.tools = tools;
    }

    @GET
    @Path("/blocks")
    public Response blocks(@PathParam("spaceKey") String spaceKey, @QueryParam("cursor") String cursor, @QueryParam("limit") int limit) {
        return JsonResponses.ok(page(tools.blocks(spaceKey, PageRequest.of(cursor, limit)), SpaceToolsResource::item));
    }

    @GET
    @Path("/thoughts")
    public Response thoughts(@PathParam("spaceKey") String spaceKey, @QueryParam("cursor") String cursor, @QueryParam("limit") int limit) {
        return JsonResponses.ok(page(tools.thoughts(spaceKey, PageRequest.of(cursor, limit)), SpaceToolsResource::item));
    }

    @GET
    @Path("/blocks/{pageId}/{macroId}/replies")
    public Response replies(@PathParam("spaceKey") String spaceKey, @PathParam("pageId") long pageId, @PathParam("macroId") String macroId,
                            @QueryParam("after") @DefaultValue("0") long after, @QueryParam("limit") int limit) {
        List<Map<String, Object>> items = tools.replies(spaceKey, pageId, macroId, after, limit).stream().map(SpaceToolsResource::reply).toList();
        return JsonResponses.ok(Map.of("replies", items));
    }

    @GET
    @Path("/thoughts/{pageId}/{macroId}/feedback")
    public Response feedback(@PathParam("spaceKey") String spaceKey, @PathParam("pageId") long pageId, @PathParam("macroId") String macroId,
                             @QueryParam("cursor") String cursor, @QueryParam("limit") int limit) {
        return JsonResponses.ok(page(tools.feedback(spaceKey, pageId, macroId, PageRequest.of(cursor, limit)), SpaceToolsResource::piece));
    }

    @DELETE
    @Path("/replies/{id}")
    public Response removeReply(@PathParam("spaceKey") String spaceKey, @PathParam("id") long id) {
        return JsonResponses.ok(record(tools.removeReply(spaceKey, id)));
    }

    @DELETE
    @Path("/feedback/{id}")
    public Response removeFeedback(@PathParam("spaceKey") String spaceKey, @PathParam("id") long id) {
        return JsonResponses.ok(record(tools.removeFeedback(spaceKey, id)));
    }

    @GET
    @Path("/moderation")
    public Response moderation(@PathParam("spaceKey") String spaceKey, @QueryParam("cursor") String cursor, @QueryParam("limit") int limit) {
        return JsonResponses.ok(page(tools.record(spaceKey, PageRequest.of(cursor, limit)), SpaceToolsResource::record));
    }

    private static <T> Map<String, Object> page(Page<T> page, Function<T, Map<String, Object>> json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(json).toList());
        body.put("next", page.nextCursor());
        return body;
    }

    private static Map<String, Object> item(SpaceItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pageId", item.pageId());
        json.put("macroId", item.macroId());
        json.put("authorKey", item.authorKey());
        json.put("state", item.state().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        json.put("createdAt", item.createdAt().toString());
        json.put("trashed", item.trashed());
        return json;
    }

    private static Map<String, Object> reply(Reply reply) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", reply.id());
        json.put("authorKey", reply.authorKey());
        json.put("text", reply.text());
        json.put("createdAt", reply.createdAt().toString());
        return json;
    }

    private static Map<String, Object> piece(Feedback piece) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", piece.id());
        json.put("giverKey", piece.giverKey());
        json.put("unnamed", piece.unnamed());
        json.put("kind", piece.kind().code());
        json.put("text", piece.text());
        json.put("createdAt", piece.createdAt().toString());
        return json;
    }

    private static Map<String, Object> record(ModerationRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", record.id());
        json.put("moderatorKey", record.moderatorKey());
        json.put("kind", record.kind().code());
        json.put("itemId", record.itemId());
        json.put("pageId", record.pageId());
        json.put("macroId", record.macroId());
        json.put("authorKey", record.authorKey());
        json.put("at", record.at().toString());
        return json;
    }
}
