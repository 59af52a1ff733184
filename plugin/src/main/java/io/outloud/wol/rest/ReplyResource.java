package io.outloud.wol.rest;

import io.outloud.people.PersonJson;
import io.outloud.content.TextJson;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.wol.Reply;
import io.outloud.wol.ReplyService;

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
import java.util.stream.Collectors;

/**
 * Replies under a block. {@code GET ?after=<id>&limit=<n>} pages through them oldest first (keyset);
 * {@code POST {"text": ...}} replies; {@code PUT} and {@code DELETE} on /{replyId} edit and delete your own.
 * A reply's text comes back as segments (text, link, mention), never as markup.
 */
@Path("/blocks/{pageId}/{macroId}/replies")
@Produces(MediaType.APPLICATION_JSON)
public class ReplyResource {
    private final ReplyService replies;
    private final PersonDirectory people;

    public ReplyResource(ReplyService replies, PersonDirectory people) {
        this.replies = replies;
        this.people = people;
    }

    @GET
    @AnonymousSiteAccess
    public Response list(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId,
                         @QueryParam("after") @DefaultValue("0") long after, @QueryParam("limit") @DefaultValue("20") int limit) {
        ReplyService.ReplyPage page = replies.list(pageId, macroId, after, limit);
        Map<String, Person> authors = people.people(page.replies().stream().map(Reply::authorKey).collect(Collectors.toSet()));
        List<Object> items = new ArrayList<>();
        for (Reply reply : page.replies()) {
            items.add(json(reply, authors.get(reply.authorKey())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("replies", items);
        body.put("more", page.more());
        body.put("next", page.replies().isEmpty() ? after : page.replies().get(page.replies().size() - 1).id());
        return JsonResponses.ok(body);
    }

    @POST
    @LicensedOnly
    public Response add(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, InputStream body) {
        Reply reply = replies.add(pageId, macroId, RequestBodies.string(RequestBodies.object(body), "text"));
        return JsonResponses.status(201, json(reply, person(reply.authorKey())));
    }

    @PUT
    @Path("/{replyId}")
    @LicensedOnly
    public Response edit(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, @PathParam("replyId") long replyId,
                         InputStream body) {
        Reply reply = replies.edit(pageId, macroId, replyId, RequestBodies.string(RequestBodies.object(body), "text"));
        return JsonResponses.ok(json(reply, person(reply.authorKey())));
    }

    @DELETE
    @Path("/{replyId}")
    @LicensedOnly
    public Response delete(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, @PathParam("replyId") long replyId) {
        replies.delete(pageId, macroId, replyId);
        return Response.noContent().build();
    }

    private Person person(String userKey) {
        return people.people(List.of(userKey)).get(userKey);
    }

    private Map<String, Object> json(Reply reply, Person author) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", reply.id());
        json.put("author", PersonJson.of(author));
        json.put("mine", reply.authorKey().equals(replies.viewerKey()));
        json.put("createdAt", reply.createdAt().toString());
        json.put("edited", reply.isEdited());
        json.put("text", reply.text());
        json.put("segments", TextJson.segments(reply.text()));
        return json;
    }
}
