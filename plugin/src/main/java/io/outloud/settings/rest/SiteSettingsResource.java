package io.outloud.settings.rest;

import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;

import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site's Out Loud settings, for system administrators only: {@code GET}, and {@code PUT
 * {"namesToAuthors": true, "minGroupSize": 5, "reactorNames": "everyone", "unnamedFeedback": false, "waitingDays": 14,
 * "departmentSource": "groups", "departmentGroups": "grp-finance = Finance\n...", "departments": "Finance\n..."}}
 * (any field may be left out; reactorNames is everyone, author or nobody; departmentSource is profile or groups; the
 * mapping has one "group = Department" per line, the list one department per line).
 */
@WebSudoRequired
@Path("/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class SiteSettingsResource {
    private final SettingsService settings;

    public SiteSettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    public Response get() {
        return JsonResponses.ok(json(settings.siteForAdmin()));
    }

    @PUT
    public Response put(InputStream body) {
        Map<String, Object> fields = RequestBodies.object(body);
        return JsonResponses.ok(json(settings.updateSite(SettingsFields.bool(fields, "namesToAuthors"),
                SettingsFields.number(fields, "minGroupSize"), RequestBodies.string(fields, "reactorNames"),
                SettingsFields.bool(fields, "unnamedFeedback"), SettingsFields.number(fields, "waitingDays"),
                RequestBodies.string(fields, "departmentSource"), RequestBodies.string(fields, "departmentGroups"),
                RequestBodies.string(fields, "departments"))));
    }

    static Map<String, Object> json(SiteSettings site) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("namesToAuthors", site.namesToAuthors());
        json.put("minGroupSize", site.minGroupSize());
        json.put("reactorNames", site.reactorNames().code());
        json.put("unnamedFeedback", site.unnamedFeedback());
        json.put("waitingDays", site.waitingDays());
        json.put("departmentSource", site.departments().source().code());
        json.put("departmentGroups", site.departments().groupsText());
        json.put("departments", site.departments().listedText());
        return json;
    }
}
