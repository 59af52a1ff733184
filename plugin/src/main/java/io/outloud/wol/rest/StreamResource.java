package io.outloud.wol.rest;

import io.outloud.people.PersonJson;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.OutloudException;
import io.outloud.common.rest.JsonResponses;
import io.outloud.wol.ShareRequestService;
import io.outloud.wol.StreamItem;
import io.outloud.wol.StreamPage;
import io.outloud.wol.StreamRequest;
import io.outloud.wol.StreamService;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working-out-loud stream: {@code GET ?space=&label=&community=&department=&person=&status=&filter=&limit=&before=}
 * answers a page of recent blocks the caller may see, newest first, with {@code next} (the keyset cursor for
 * {@code before}) while there is more. No totals. Invalid filters are a 400 with a message (status, limit, cursor,
 * keys). {@code filter=following}: only what the
 * caller follows (nothing for anonymous readers). Anonymous readers see the blocks of pages they may view.
 */
@Path("/stream")
@Produces(MediaType.APPLICATION_JSON)
public class StreamResource {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final StreamService stream;
    private final I18nResolver i18n;
    private final ShareRequestService shareRequests;

    public StreamResource(StreamService stream, I18nResolver i18n, ShareRequestService shareRequests) {
        this.stream = stream;
        this.i18n = i18n;
        this.shareRequests = shareRequests;
    }

    @GET
    @AnonymousSiteAccess
    public Response page(@QueryParam("space") String space, @QueryParam("label") String label,
                         @QueryParam("community") String community, @QueryParam("department") String department,
                         @QueryParam("person") String person, @QueryParam("status") String status,
                         @QueryParam("filter") String filter, @QueryParam("before") String before,
                         @QueryParam("limit") String limit) {
        StreamPage page = stream.page(new StreamRequest(space, label, community, department, person, status, before, limit(limit),
                StreamService.following(filter)));
        List<Object> items = new ArrayList<>();
        for (StreamItem item : page.items()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("pageId", item.block().pageId());
            json.put("macroId", item.block().macroId());
            json.put("pageTitle", item.pageTitle());
            json.put("path", item.path());
            json.put("status", item.block().shownStatusCode());
            json.put("statusLabel", i18n.getText("outloud.wol.status." + item.block().shownStatusCode()));
            json.put("workingOn", item.workingOn());
            json.put("createdAt", item.block().createdAt().toString());
            json.put("date", ISO_DATE.format(item.block().createdAt()));
            json.put("author", PersonJson.of(item.author().isKnown() ? item.author() : null));
            json.put("askLabel", shareRequests.mayAsk(item.block().authorKey())
                    ? i18n.getText("outloud.wol.ask.toggle", PersonJson.name(item.author(), i18n::getText)) : "");
            items.add(json);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("more", page.more());
        body.put("next", page.more() ? page.next().toString() : null);
        return JsonResponses.ok(body);
    }

    /** Absent: the default page size; not a number: refused like any limit out of range. */
    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return StreamService.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw OutloudException.invalid("outloud.wol.stream.error.limit", 1, StreamService.MAX_LIMIT);
        }
    }
}
