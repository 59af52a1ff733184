package io.outloud.notify.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.rest.JsonResponses;
import io.outloud.notify.InAppNotice;
import io.outloud.notify.NoticeListService;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller's own notification list, signed-in people only: {@code GET ?cursor=&limit=} (newest first, a page at a
 * time; {@code next} is the cursor of the next page or null), {@code GET /count} (unread entries), {@code POST
 * /{id}/read} and {@code POST /read-all}. Nobody reads or marks anyone else's list: an id of someone else's entry
 * answers 404, as one that does not exist.
 */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeListResource {
    private final NoticeListService list;

    public NoticeListResource(NoticeListService list) {
        this.list = list;
    }

    @GET
    @LicensedOnly
    public Response list(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        NoticeListService.ListPage page = list.list(cursor, limit);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("notifications", page.entries().stream().map(NoticeListResource::json).toList());
        json.put("next", page.next().orElse(null));
        json.put("unread", list.unreadCount());
        return JsonResponses.ok(json);
    }

    @GET
    @Path("/count")
    @LicensedOnly
    public Response count() {
        return JsonResponses.ok(Map.of("unread", list.unreadCount()));
    }

    @POST
    @Path("/{id}/read")
    @LicensedOnly
    public Response read(@PathParam("id") long id) {
        list.markRead(id);
        return JsonResponses.ok(Map.of("unread", list.unreadCount()));
    }

    @POST
    @Path("/read-all")
    @LicensedOnly
    public Response readAll() {
        list.markAllRead();
        return JsonResponses.ok(Map.of("unread", list.unreadCount()));
    }

    static Map<String, Object> json(InAppNotice entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("kind", entry.kind());
        json.put("title", entry.title());
        json.put("text", entry.text());
        json.put("path", entry.path());
        json.put("at", entry.at().toString());
        json.put("unread", entry.unread());
        json.put("count", entry.count());
        return json;
    }
}
