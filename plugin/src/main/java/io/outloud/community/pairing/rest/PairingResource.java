package io.outloud.community.pairing.rest;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.OutloudException;
import io.outloud.common.rest.JsonResponses;
import io.outloud.people.PersonJson;
import io.outloud.common.rest.RequestBodies;
import io.outloud.community.pairing.ConversationStarter;
import io.outloud.community.pairing.PairingAnswer;
import io.outloud.community.pairing.PairingParticipant;
import io.outloud.community.pairing.PairingRound;
import io.outloud.community.pairing.PairingSchedule;
import io.outloud.community.pairing.PairingService;
import io.outloud.community.pairing.PairingState;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A community's pairing ("meet someone new"). {@code GET} is the member's state (and, for a lead, the schedule and
 * latest rounds); {@code PUT /me {"optedIn", "snoozedUntil"}} opts in or out and snoozes (either field may be left
 * out; a null snooze ends it); {@code POST /matches/{id}/answer {"met"}} says whether we met. Leads only:
 * {@code POST /rounds {"number"?}} starts a round now, {@code PUT /schedule {"everyDays"}} sets the schedule.
 * Unknown community 404, not a member (or not a lead) 403; the service decides.
 */
@Path("/communities/{key}/pairing")
@Produces(MediaType.APPLICATION_JSON)
public class PairingResource {
    private final PairingService pairing;
    private final I18nResolver i18n;

    public PairingResource(PairingService pairingService, I18nResolver i18n) {
        this.pairing = pairingService;
        this.i18n = i18n;
    }

    @GET
    @LicensedOnly
    public Response get(@PathParam("key") String key) {
        return JsonResponses.ok(json(pairing.state(key)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/me")
    @LicensedOnly
    public Response me(@PathParam("key") String key, InputStream body) {
        Map<String, Object> fields = RequestBodies.object(body);
        PairingParticipant me = null;
        if (fields.containsKey("optedIn")) {
            me = flag(fields, "optedIn") ? pairing.optIn(key) : pairing.optOut(key);
        }
        if (fields.containsKey("snoozedUntil")) {
            me = pairing.snooze(key, date(RequestBodies.string(fields, "snoozedUntil")));
        }
        if (me == null) {
            throw OutloudException.invalid("outloud.pairing.error.nothing-to-change");
        }
        return JsonResponses.ok(json(me));
    }

    @POST
    @Path("/rounds")
    @LicensedOnly
    public Response start(@PathParam("key") String key, InputStream body) {
        Integer expected = null;
        Map<String, Object> fields = RequestBodies.optionalObject(body);
        if (fields.get("number") != null) {
            expected = (int) Math.min(Integer.MAX_VALUE, Math.max(0, RequestBodies.number(fields, "number")));
        }
        PairingRound round = pairing.startRound(key, expected);
        Map<String, Object> json = json(round);
        json.put("text", i18n.getText("outloud.pairing.lead.round-made", round.number(), round.matches(), round.unmatched()));
        return JsonResponses.status(201, json);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/schedule")
    @LicensedOnly
    public Response schedule(@PathParam("key") String key, InputStream body) {
        long every = RequestBodies.number(RequestBodies.object(body), "everyDays");
        PairingSchedule schedule = pairing.setSchedule(key, (int) Math.max(-1, Math.min(every, 1000)));
        return JsonResponses.ok(json(schedule));
    }

    @POST
    @Path("/matches/{matchId}/answer")
    @LicensedOnly
    public Response answer(@PathParam("key") String key, @PathParam("matchId") long matchId, InputStream body) {
        PairingAnswer answer = pairing.answer(key, matchId, flag(RequestBodies.object(body), "met"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("answer", answer.code());
        json.put("text", i18n.getText("outloud.pairing.answer." + answer.code()));
        return JsonResponses.ok(json);
    }

    private Map<String, Object> json(PairingState state) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> community = new LinkedHashMap<>();
        community.put("key", state.community().key());
        community.put("name", state.community().name());
        json.put("community", community);
        json.put("lead", state.lead());
        json.put("me", json(state.me()));
        json.put("current", state.current() == null ? null : json(state.current()));
        List<Object> history = new ArrayList<>();
        state.history().forEach(m -> history.add(json(m)));
        json.put("history", history);
        json.put("schedule", state.schedule() == null ? null : json(state.schedule()));
        List<Object> rounds = new ArrayList<>();
        state.rounds().forEach(r -> rounds.add(json(r)));
        json.put("rounds", rounds);
        return json;
    }

    private static Map<String, Object> json(PairingParticipant me) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("optedIn", me.optedIn());
        json.put("snoozedUntil", me.snoozedUntil() == null ? null : me.snoozedUntil().toString());
        json.put("paused", me.paused());
        json.put("unanswered", me.unanswered());
        return json;
    }

    private static Map<String, Object> json(PairingState.Match match) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", match.id());
        json.put("round", match.round());
        json.put("startedAt", match.startedAt().toString());
        json.put("answer", match.answer().code());
        List<Object> partners = new ArrayList<>();
        for (PairingState.Partner partner : match.partners()) {
            Map<String, Object> person = PersonJson.of(partner.person());
            List<Object> starters = new ArrayList<>();
            for (ConversationStarter starter : partner.starters()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("kind", starter.kind().code());
                s.put("text", starter.text());
                s.put("pageTitle", starter.pageTitle());
                s.put("path", starter.pageId() > 0 ? "/pages/viewpage.action?pageId=" + starter.pageId() : null);
                starters.add(s);
            }
            person.put("starters", starters);
            partners.add(person);
        }
        json.put("partners", partners);
        return json;
    }

    private static Map<String, Object> json(PairingSchedule schedule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("everyDays", schedule.everyDays());
        json.put("nextRun", schedule.nextRun() == null ? null : schedule.nextRun().toString());
        return json;
    }

    private static Map<String, Object> json(PairingRound round) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", round.number());
        json.put("startedAt", round.startedAt().toString());
        json.put("bySchedule", round.bySchedule());
        json.put("matches", round.matches());
        json.put("unmatched", round.unmatched());
        return json;
    }

    private static boolean flag(Map<String, Object> fields, String field) {
        if (!(fields.get(field) instanceof Boolean yes)) {
            throw OutloudException.invalid("outloud.settings.error.field-not-boolean", field);
        }
        return yes;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw OutloudException.invalid("outloud.pairing.error.date", text.length() > 20 ? text.substring(0, 20) : text);
        }
    }
}
