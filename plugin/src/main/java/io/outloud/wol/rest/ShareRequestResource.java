package io.outloud.wol.rest;

import io.outloud.people.PersonJson;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.content.PageRef;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.wol.ShareRequest;
import io.outloud.wol.ShareRequestService;
import io.outloud.wol.StreamItem;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Requests to share, for signed-in people only and only their own: {@code POST {"pageId", "macroId", "topic"}} asks
 * the author of that block; {@code GET /incoming} lists the open requests to the caller, {@code GET /outgoing} what the
 * caller asked (with each state); {@code POST /{id}/decline} declines one, no reason needed. No user key leaves, and a
 * request of someone else's is "not found".
 */
@Path("/share-requests")
@Produces(MediaType.APPLICATION_JSON)
public class ShareRequestResource {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final ShareRequestService requests;
    private final PersonDirectory people;
    private final I18nResolver i18n;

    public ShareRequestResource(ShareRequestService requests, PersonDirectory people, I18nResolver i18n) {
        this.requests = requests;
        this.people = people;
        this.i18n = i18n;
    }

    @POST
    @LicensedOnly
    public Response ask(InputStream body) {
        Map<String, Object> fields = RequestBodies.object(body);
        ShareRequest request = requests.ask(RequestBodies.number(fields, "pageId"), RequestBodies.string(fields, "macroId"),
                RequestBodies.string(fields, "topic"));
        Person askee = people.people(List.of(request.askeeKey())).get(request.askeeKey());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", request.id());
        json.put("topic", request.topic());
        json.put("state", request.state().code());
        json.put("askee", PersonJson.of(askee));
        json.put("confirmation", i18n.getText("outloud.wol.ask.sent", PersonJson.name(askee, i18n::getText)));
        return JsonResponses.status(201, json);
    }

    @GET
    @Path("/incoming")
    @LicensedOnly
    public Response incoming(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        return JsonResponses.ok(list(requests.incoming(PageRequest.of(cursor, limit)), true));
    }

    @GET
    @Path("/outgoing")
    @LicensedOnly
    public Response outgoing(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        return JsonResponses.ok(list(requests.outgoing(PageRequest.of(cursor, limit)), false));
    }

    @POST
    @Path("/{id}/decline")
    @LicensedOnly
    public Response decline(@PathParam("id") long id) {
        ShareRequest declined = requests.decline(id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", declined.id());
        json.put("state", declined.state().code());
        json.put("stateLabel", i18n.getText("outloud.wol.ask.state." + declined.state().code()));
        return JsonResponses.ok(json);
    }

    /** Incoming requests show who asked; outgoing ones whom the caller asked. */
    private Map<String, Object> list(Page<ShareRequestService.Listed> page, boolean incoming) {
        List<ShareRequestService.Listed> listed = page.items();
        Set<String> keys = new HashSet<>();
        listed.forEach(l -> keys.add(incoming ? l.request().askerKey() : l.request().askeeKey()));
        Map<String, Person> found = people.people(keys);
        List<Object> items = new ArrayList<>();
        for (ShareRequestService.Listed entry : listed) {
            ShareRequest request = entry.request();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", request.id());
            json.put("topic", request.topic());
            json.put("state", request.state().code());
            json.put("stateLabel", i18n.getText("outloud.wol.ask.state." + request.state().code()));
            json.put("createdAt", request.createdAt().toString());
            json.put("date", ISO_DATE.format(request.createdAt()));
            json.put(incoming ? "asker" : "askee", PersonJson.of(found.get(incoming ? request.askerKey() : request.askeeKey())));
            json.put("askedOn", link(entry.askedOn(), request.macroId()));
            json.put("answeredOn", link(entry.answeredOn(), request.answerMacroId()));
            if (incoming) {
                json.put("answerMarkup", ShareRequest.answerMarkup(request.id()));
            }
            items.add(json);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("next", page.nextCursor());
        return body;
    }

    private static Map<String, Object> link(Optional<PageRef> page, String macroId) {
        if (page.isEmpty()) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", page.get().title());
        json.put("path", StreamItem.pathOf(page.get().id(), macroId));
        return json;
    }
}
