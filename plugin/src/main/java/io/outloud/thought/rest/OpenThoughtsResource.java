package io.outloud.thought.rest;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.rest.JsonResponses;
import io.outloud.thought.ThoughtLinks;
import io.outloud.thought.ThoughtService;

import javax.ws.rs.DefaultValue;
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
 * {@code GET /thoughts/mine}: the reader's own thoughts that are not ripe, oldest first, with feedback counts.
 */
@Path("/thoughts")
@Produces(MediaType.APPLICATION_JSON)
public class OpenThoughtsResource {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final ThoughtService thoughts;
    private final I18nResolver i18n;

    public OpenThoughtsResource(ThoughtService thoughts, I18nResolver i18n) {
        this.thoughts = thoughts;
        this.i18n = i18n;
    }

    @GET
    @Path("/mine")
    @LicensedOnly
    public Response mine(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        Page<ThoughtService.OpenThought> page = thoughts.mine(PageRequest.of(cursor, limit));
        List<Object> items = new ArrayList<>();
        for (ThoughtService.OpenThought open : page.items()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("pageId", open.thought().pageId());
            json.put("macroId", open.thought().macroId());
            json.put("pageTitle", open.pageTitle());
            json.put("question", open.thought().question());
            json.put("stage", open.thought().stage().code());
            json.put("stageLabel", i18n.getText("outloud.thought.stage." + open.thought().stage().code()));
            json.put("createdAt", open.thought().createdAt().toString());
            json.put("date", ISO_DATE.format(open.thought().createdAt()));
            json.put("feedback", open.feedback());
            json.put("unanswered", open.unanswered());
            json.put("waiting", open.waiting());
            json.put("ripenBy", open.ripenBy() == null ? null : open.ripenBy().toString());
            json.put("path", ThoughtLinks.pathOf(open.thought().pageId(), open.thought().macroId()));
            items.add(json);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("thoughts", items);
        body.put("next", page.nextCursor());
        return JsonResponses.ok(body);
    }

}
