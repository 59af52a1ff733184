package io.outloud.thanks.rest;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.people.PersonJson;
import io.outloud.thanks.Thanks;
import io.outloud.thanks.ThanksCard;
import io.outloud.thanks.ThanksService;
import io.outloud.thanks.ThanksSummary;

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
import java.util.Set;

/**
 * Thanks, for signed-in people. {@code POST {"occasion": help|feedback|share|pairing, "id": n, "note": ..., "partner": username}}
 * thanks whoever helped the caller there (201; 409 the second time); {@code GET /given?occasion=&id=} says which of up to
 * 50 occasions the caller thanked for; {@code GET /received?cursor=&limit=} lists the caller's own thanks, newest first;
 * {@code PUT|DELETE /{id}/shown} shows one on the caller's card or stops; {@code GET /summary} is the caller's quarter,
 * {@code PUT|DELETE /summary/public} shows it to others or stops; {@code GET /cards?user=} is what up to 50 people's cards
 * show. No user key leaves, and thanks for unnamed feedback never say whom they reached.
 */
@Path("/thanks")
@Produces(MediaType.APPLICATION_JSON)
public class ThanksResource {
    private final ThanksService thanks;
    private final PersonDirectory people;
    private final I18nResolver i18n;

    public ThanksResource(ThanksService thanks, PersonDirectory people, I18nResolver i18n) {
        this.thanks = thanks;
        this.people = people;
        this.i18n = i18n;
    }

    @POST
    @LicensedOnly
    public Response thank(InputStream body) {
        Map<String, Object> fields = RequestBodies.object(body);
        Thanks given = thanks.thank(RequestBodies.string(fields, "occasion"), RequestBodies.number(fields, "id"),
                RequestBodies.string(fields, "partner"), RequestBodies.string(fields, "note"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("occasion", given.occasion().code());
        json.put("id", given.occasionId());
        json.put("thanked", true);
        json.put("message", i18n.getText("outloud.thanks.sent"));
        return JsonResponses.status(201, json);
    }

    @GET
    @Path("/given")
    @LicensedOnly
    public Response given(@QueryParam("occasion") String occasion, @QueryParam("id") List<Long> ids) {
        Set<Long> thanked = thanks.thankedAmong(occasion, ids == null ? List.of() : ids);
        return JsonResponses.ok(Map.of("thanked", List.copyOf(thanked)));
    }

    @GET
    @Path("/received")
    @LicensedOnly
    public Response received(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        Page<Thanks> page = thanks.received(PageRequest.of(cursor, limit));
        Map<String, Person> thankers = people.cards(page.items().stream().map(Thanks::thankerKey).toList());
        List<Object> items = new ArrayList<>();
        for (Thanks one : page.items()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", one.id());
            json.put("from", PersonJson.of(thankers.get(one.thankerKey())));
            json.put("occasion", one.occasion().code());
            json.put("occasionText", i18n.getText("outloud.thanks.occasion." + one.occasion().code()));
            json.put("note", one.note());
            json.put("shown", one.shown());
            json.put("at", one.createdAt().toString());
            items.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", items);
        json.put("next", page.nextCursor());
        return JsonResponses.ok(json);
    }

    @PUT
    @Path("/{id}/shown")
    @LicensedOnly
    public Response show(@PathParam("id") long id) {
        thanks.show(id, true);
        return JsonResponses.ok(Map.of("id", id, "shown", true));
    }

    @DELETE
    @Path("/{id}/shown")
    @LicensedOnly
    public Response hide(@PathParam("id") long id) {
        thanks.show(id, false);
        return JsonResponses.ok(Map.of("id", id, "shown", false));
    }

    @GET
    @Path("/summary")
    @LicensedOnly
    public Response summary() {
        return JsonResponses.ok(summaryJson(thanks.mySummary(), "outloud.thanks.summary.mine"));
    }

    @PUT
    @Path("/summary/public")
    @LicensedOnly
    public Response summaryPublic() {
        thanks.setSummaryPublic(true);
        return summary();
    }

    @DELETE
    @Path("/summary/public")
    @LicensedOnly
    public Response summaryPrivate() {
        thanks.setSummaryPublic(false);
        return summary();
    }

    @GET
    @Path("/cards")
    @LicensedOnly
    public Response cards(@QueryParam("user") List<String> usernames) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String username : usernames == null ? List.<String>of() : usernames.stream().limit(ThanksService.MAX_CHECKED + 1L).toList()) {
            people.userKeyOf(username).ifPresent(key -> keys.put(key, username));
        }
        Map<String, ThanksCard> cards = thanks.cards(keys.keySet());
        Map<String, Person> thankers = people.cards(cards.values().stream().flatMap(card -> card.shown().stream()).map(Thanks::thankerKey)
                .distinct().toList());
        Map<String, Object> json = new LinkedHashMap<>();
        cards.forEach((key, card) -> {
            if (card.isEmpty()) {
                return;
            }
            Map<String, Object> one = new LinkedHashMap<>();
            List<Object> shown = new ArrayList<>();
            for (Thanks item : card.shown()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("from", PersonJson.of(thankers.get(item.thankerKey())));
                entry.put("note", item.note());
                shown.add(entry);
            }
            one.put("shown", shown);
            one.put("summaryText", card.summary().map(s -> text("outloud.thanks.summary.card", s)).orElse(null));
            json.put(keys.get(key), one);
        });
        return JsonResponses.ok(Map.of("cards", json));
    }

    private Map<String, Object> summaryJson(ThanksSummary summary, String key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("people", summary.people());
        json.put("departments", summary.departments());
        json.put("public", summary.isPublic());
        json.put("text", text(key, summary));
        return json;
    }

    private String text(String key, ThanksSummary summary) {
        return i18n.getText(key, summary.people(), summary.departments());
    }
}
