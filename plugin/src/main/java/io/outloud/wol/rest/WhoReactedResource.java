package io.outloud.wol.rest;

import io.outloud.people.PersonJson;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.Keyset;
import io.outloud.common.PageRequest;
import io.outloud.common.rest.JsonResponses;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.wol.ReactionKind;
import io.outloud.wol.WhoReactedService;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who reacted to a block: {@code GET} answers, per kind, the count, the people the caller may see named (name, avatar,
 * department; never a user key) and how many others reacted. Anyone who may view the page may ask; names come only
 * where the site's rule and each person's choice allow it. Names come a page at a time: without {@code kind}, each
 * kind's first page; with {@code kind} and its group's {@code next} as {@code cursor}, that kind's following page.
 */
@Path("/blocks/{pageId}/{macroId}/reactions/people")
@Produces(MediaType.APPLICATION_JSON)
public class WhoReactedResource {
    private final WhoReactedService whoReacted;
    private final PersonDirectory people;
    private final I18nResolver i18n;

    public WhoReactedResource(WhoReactedService whoReacted, PersonDirectory people, I18nResolver i18n) {
        this.whoReacted = whoReacted;
        this.people = people;
        this.i18n = i18n;
    }

    @GET
    @AnonymousSiteAccess
    public Response get(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, @QueryParam("kind") String kind,
                        @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        WhoReactedService.Answer answer = kind == null || kind.isBlank()
                ? whoReacted.whoReacted(pageId, macroId, null, PageRequest.first(limit))
                : whoReacted.whoReacted(pageId, macroId, ReactionKind.parse(kind), PageRequest.of(cursor, limit));
        Set<String> keys = new HashSet<>();
        answer.groups().forEach(g -> keys.addAll(g.namedKeys()));
        Map<String, Person> found = people.people(keys);
        List<Object> groups = new ArrayList<>();
        for (WhoReactedService.Group group : answer.groups()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", group.kind().code());
            json.put("label", i18n.getText(group.kind().textKey()));
            json.put("count", group.count());
            List<Object> named = new ArrayList<>();
            group.namedKeys().forEach(key -> named.add(PersonJson.of(found.get(key))));
            json.put("people", named);
            json.put("others", group.others());
            json.put("othersText", group.others() == 0 ? "" : i18n.getText(group.namedKeys().isEmpty()
                    ? "outloud.wol.reaction.people.count" : "outloud.wol.reaction.people.others", group.others()));
            json.put("next", group.next().map(Keyset::toString).orElse(null));
            groups.add(json);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("namesShown", answer.namesShown());
        body.put("groups", groups);
        return JsonResponses.ok(body);
    }
}
