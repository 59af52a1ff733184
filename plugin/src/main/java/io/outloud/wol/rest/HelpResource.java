package io.outloud.wol.rest;

import io.outloud.people.PersonJson;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.PageRequest;
import io.outloud.common.rest.JsonResponses;
import io.outloud.common.rest.RequestBodies;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.wol.HelpOffer;
import io.outloud.wol.Block;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.HelpService;

import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Offers of help on a block. {@code GET ?cursor=&limit=} answers what the caller may know: the offers with their
 * messages for the block's author, a page at a time, oldest first ({@code next}: the next page's cursor or null); for anyone else the number of open offers, their own offer and who is helping (no message).
 * {@code POST {"message": ...}} offers help, {@code DELETE} withdraws your offer, {@code POST /{offerId}/accept}
 * is for the author, as is {@code POST /reopen} (the block is still stuck: the acceptance ends). No user key leaves: people are names, avatars and departments.
 */
@Path("/blocks/{pageId}/{macroId}/help")
@Produces(MediaType.APPLICATION_JSON)
public class HelpResource {
    private final HelpService help;
    private final PersonDirectory people;
    private final I18nResolver i18n;

    public HelpResource(HelpService help, PersonDirectory people, I18nResolver i18n) {
        this.help = help;
        this.people = people;
        this.i18n = i18n;
    }

    @GET
    @AnonymousSiteAccess
    public Response board(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, @QueryParam("cursor") String cursor,
                          @QueryParam("limit") @DefaultValue("20") int limit) {
        return JsonResponses.ok(json(help.board(pageId, macroId, PageRequest.of(cursor, limit))));
    }

    @POST
    @LicensedOnly
    public Response offer(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, InputStream body) {
        help.offer(pageId, macroId, RequestBodies.string(RequestBodies.object(body), "message"));
        return JsonResponses.status(201, json(help.board(pageId, macroId)));
    }

    @DELETE
    @LicensedOnly
    public Response withdraw(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId) {
        help.withdraw(pageId, macroId);
        return JsonResponses.ok(json(help.board(pageId, macroId)));
    }

    @POST
    @Path("/{offerId}/accept")
    @LicensedOnly
    public Response accept(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId, @PathParam("offerId") long offerId) {
        help.accept(pageId, macroId, offerId);
        return JsonResponses.ok(json(help.board(pageId, macroId)));
    }

    @POST
    @Path("/reopen")
    @LicensedOnly
    public Response reopen(@PathParam("pageId") long pageId, @PathParam("macroId") String macroId) {
        help.reopen(pageId, macroId);
        return JsonResponses.ok(json(help.board(pageId, macroId)));
    }

    private Map<String, Object> json(HelpService.Board board) {
        Set<String> keys = new HashSet<>();
        board.offers().forEach(o -> keys.add(o.helperKey()));
        board.helper().ifPresent(o -> keys.add(o.helperKey()));
        Map<String, Person> found = people.people(keys);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("helpWanted", board.helpWanted());
        json.put("author", board.author());
        json.put("openOffers", board.openOffers());
        json.put("countText", board.countKey().map(key -> i18n.getText(key, board.openOffers())).orElse(""));
        json.put("helperText", board.helperKey()
                .map(key -> i18n.getText(key, PersonJson.name(found.get(board.helper().get().helperKey()), i18n::getText))).orElse(""));
        json.put("gettingHelp", board.gettingHelp());
        json.put("helping", board.readerHelps());
        json.put("mayOffer", board.mayOffer(!help.viewerKey().isEmpty()));
        // a stuck block's lozenge follows the acceptance without a reload
        json.put("statusCode", Block.shownStatusCode(BlockStatus.STUCK, board.gettingHelp()));
        json.put("statusLabel", i18n.getText("outloud.wol.status." + Block.shownStatusCode(BlockStatus.STUCK, board.gettingHelp())));
        List<Object> offers = new ArrayList<>();
        for (HelpOffer offer : board.offers()) {
            offers.add(offer(offer, found.get(offer.helperKey())));
        }
        json.put("offers", offers);
        json.put("next", board.next().map(Object::toString).orElse(null));
        json.put("mine", board.mine().map(o -> offer(o, found.get(o.helperKey()))).orElse(null));
        json.put("helper", board.helper().map(o -> {
            Map<String, Object> helper = new LinkedHashMap<>(PersonJson.of(found.get(o.helperKey())));
            helper.put("offerId", o.id());
            return helper;
        }).orElse(null));
        return json;
    }

    private static Map<String, Object> offer(HelpOffer offer, Person helper) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", offer.id());
        json.put("helper", PersonJson.of(helper));
        json.put("message", offer.message());
        json.put("createdAt", offer.createdAt().toString());
        json.put("accepted", offer.accepted());
        return json;
    }
}
