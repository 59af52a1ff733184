package io.outloud.follow.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.rest.JsonResponses;
import io.outloud.follow.Follow;
import io.outloud.follow.FollowKind;
import io.outloud.follow.FollowService;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.people.PersonJson;

import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The caller's own follows, for signed-in people only: {@code PUT /{kind}/{target}} follows (kind person with a
 * username, community with its key, label), {@code DELETE} the same stops, {@code GET ?cursor=&limit=} lists the
 * caller's follows newest first, {@code GET /check?target=kind:target} says which of up to 50 targets the caller
 * follows. Nothing answers who follows someone, and no user key leaves.
 */
@Path("/follows")
@Produces(MediaType.APPLICATION_JSON)
public class FollowResource {
    private final FollowService follows;
    private final PersonDirectory people;

    public FollowResource(FollowService follows, PersonDirectory people) {
        this.follows = follows;
        this.people = people;
    }

    @PUT
    @Path("/{kind}/{target}")
    @LicensedOnly
    public Response follow(@PathParam("kind") String kind, @PathParam("target") String target) {
        follows.follow(kind, target);
        return JsonResponses.ok(state(kind, target, true));
    }

    @DELETE
    @Path("/{kind}/{target}")
    @LicensedOnly
    public Response unfollow(@PathParam("kind") String kind, @PathParam("target") String target) {
        follows.unfollow(kind, target);
        return JsonResponses.ok(state(kind, target, false));
    }

    @GET
    @LicensedOnly
    public Response mine(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        Page<Follow> page = follows.mine(PageRequest.of(cursor, limit));
        Map<String, Person> persons = people.cards(page.items().stream().filter(f -> f.kind() == FollowKind.PERSON).map(Follow::target).toList());
        List<Object> items = new ArrayList<>();
        for (Follow follow : page.items()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", follow.kind().code());
            if (follow.kind() == FollowKind.PERSON) {
                json.put("target", people.usernameOf(follow.target()).orElse(""));
                json.put("person", PersonJson.of(persons.get(follow.target())));
            } else {
                json.put("target", follow.target());
            }
            json.put("since", follow.createdAt().toString());
            items.add(json);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("next", page.nextCursor());
        return JsonResponses.ok(body);
    }

    @GET
    @Path("/check")
    @LicensedOnly
    public Response check(@QueryParam("target") List<String> targets) {
        Set<String> followed = follows.followedAmong(targets == null ? List.of() : targets);
        return JsonResponses.ok(Map.of("following", List.copyOf(followed)));
    }

    private static Map<String, Object> state(String kind, String target, boolean following) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind);
        json.put("target", target);
        json.put("following", following);
        return json;
    }
}
