package io.outloud.settings.rest;

import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.settings.Retention;
import io.outloud.settings.SettingsService;

import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How long the app keeps what it records about people, for system administrators in a secure administrator session:
 * {@code GET}, and {@code PUT {"seenByDays": 90, "pairingMonths": 12, "noticeMonths": 12, "giverLinkDays": 0}} (any
 * field may be left out; giverLinkDays 0 keeps the link from unnamed feedback to its giver). A field the organisation's
 * agreement fixes is refused (409) unless it is sent with its fixed value.
 */
@WebSudoRequired
@Path("/admin/retention")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class RetentionResource {
    private final SettingsService settings;

    public RetentionResource(SettingsService settings) {
        this.settings = settings;
    }

    /** The numbers, and under "locked" the fields the organisation's agreement fixes (the form shows them read-only). */
    @GET
    public Response get() {
        Map<String, Object> json = json(settings.retentionForAdmin());
        Set<String> lockedKeys = settings.lockedKeys();
        json.put("locked", Retention.FIELDS.entrySet().stream().filter(field -> lockedKeys.contains(field.getValue()))
                .map(Map.Entry::getKey).sorted().toList());
        return JsonResponses.ok(json);
    }

    @PUT
    public Response put(InputStream body) {
        Map<String, Object> fields = RequestBodies.object(body);
        return JsonResponses.ok(json(settings.updateRetention(SettingsFields.number(fields, "seenByDays"),
                SettingsFields.number(fields, "pairingMonths"), SettingsFields.number(fields, "noticeMonths"),
                SettingsFields.number(fields, "giverLinkDays"))));
    }

    static Map<String, Object> json(Retention retention) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seenByDays", retention.seenByDays());
        json.put("pairingMonths", retention.pairingMonths());
        json.put("noticeMonths", retention.noticeMonths());
        json.put("giverLinkDays", retention.giverLinkDays());
        return json;
    }
}
