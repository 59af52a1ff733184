package io.outloud.settings.rest;

import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.common.rest.JsonResponses;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.people.PersonJson;
import io.outloud.settings.AuditEntry;
import io.outloud.settings.PrivacyAudit;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The privacy audit, newest first, for system administrators in the secure session: {@code GET /admin/audit?cursor=&limit=}
 * gives {@code {"entries": [{"id", "at", "by", "kind", "what", "detail", "about"}], "next"}}, the names of the people
 * of a page looked up in one go ("by" is the app itself when nobody was signed in; an erased person reads as such).
 */
@WebSudoRequired
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class AuditResource {
    private final PrivacyAudit audit;
    private final PersonDirectory people;
    private final I18nResolver i18n;

    public AuditResource(PrivacyAudit audit, PersonDirectory people, I18nResolver i18n) {
        this.audit = audit;
        this.people = people;
        this.i18n = i18n;
    }

    @GET
    public Response list(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        Page<AuditEntry> page = audit.page(PageRequest.of(cursor, limit));
        Set<String> keys = new HashSet<>();
        for (AuditEntry entry : page.items()) {
            keys.add(entry.actorKey());
            if (entry.subjectKey() != null) {
                keys.add(entry.subjectKey());
            }
        }
        keys.remove("");
        keys.remove(TextsOnErasure.ERASED);
        Map<String, Person> named = people.people(keys);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entries", page.items().stream().map(entry -> json(entry, named)).toList());
        json.put("next", page.next().map(Object::toString).orElse(null));
        return JsonResponses.ok(json);
    }

    private Map<String, Object> json(AuditEntry entry, Map<String, Person> named) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("at", entry.at().toString());
        json.put("by", entry.actorKey().isEmpty() ? i18n.getText("outloud.audit.by-app") : name(entry.actorKey(), named));
        json.put("kind", entry.kind().code());
        json.put("what", i18n.getText("outloud.audit.kind." + entry.kind().code()));
        json.put("detail", AuditDetails.readable(entry, i18n));
        json.put("about", entry.subjectKey() == null ? null : name(entry.subjectKey(), named));
        return json;
    }

    private String name(String key, Map<String, Person> named) {
        if (TextsOnErasure.ERASED.equals(key)) {
            return i18n.getText("outloud.audit.erased-person");
        }
        Person person = named.getOrDefault(key, Person.unknown(key));
        return PersonJson.name(person, i18n::getText);
    }
}
