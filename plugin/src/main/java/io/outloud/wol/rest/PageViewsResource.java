package io.outloud.wol.rest;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.wol.SeenService;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST {"macroIds": [...]}} records that the caller saw these blocks of a page, in one call for all the blocks
 * that came into view together (at most {@link SeenService#MAX_BLOCKS_AT_ONCE}); answers each block's seen-by line
 * as {@code {"views": [{"macroId", "recorded", "text", ...}]}}, in the order asked.
 */
@Path("/pages/{pageId}/seen")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PageViewsResource {
    private final SeenService seen;
    private final I18nResolver i18n;

    public PageViewsResource(SeenService seen, I18nResolver i18n) {
        this.seen = seen;
        this.i18n = i18n;
    }

    @POST
    public Response record(@PathParam("pageId") long pageId, InputStream body) {
        List<String> macroIds = RequestBodies.strings(RequestBodies.object(body), "macroIds");
        List<Object> views = new ArrayList<>();
        seen.recordAll(pageId, macroIds).forEach((macroId, recorded) -> {
            Map<String, Object> view = SeenJson.summary(i18n, macroId, recorded.summary());
            view.put("recorded", recorded.recorded());
            views.add(view);
        });
        return JsonResponses.ok(Map.of("views", views));
    }
}
