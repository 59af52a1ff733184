package io.outloud.community.rest;

import com.atlassian.annotations.security.LicensedOnly;
import io.outloud.common.Viewer;
import io.outloud.common.OutloudException;
import io.outloud.common.rest.JsonResponses;
import io.outloud.community.CommunityMembers;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The reader's own membership of a community (named by its key, as the macros name it): {@code GET}, {@code PUT} to
 * join, {@code DELETE} to leave. Half-finished thoughts open to one community's members take feedback from them.
 */
@Path("/communities/{key}/members/me")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityMembershipResource {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    private final CommunityMembers members;
    private final Viewer viewer;
    private final Clock clock;

    public CommunityMembershipResource(CommunityMembers communityMembers, Viewer viewer, Clock clock) {
        this.members = communityMembers;
        this.viewer = viewer;
        this.clock = clock;
    }

    @GET
    @LicensedOnly
    public Response get(@PathParam("key") String key) {
        return JsonResponses.ok(Map.of("member", members.isMember(valid(key), viewer.requireUserKey())));
    }

    @PUT
    @LicensedOnly
    public Response join(@PathParam("key") String key) {
        String me = viewer.requireUserKey();
        members.join(valid(key), me, clock.instant());
        return JsonResponses.ok(Map.of("member", true));
    }

    @DELETE
    @LicensedOnly
    public Response leave(@PathParam("key") String key) {
        members.leave(valid(key), viewer.requireUserKey());
        return JsonResponses.ok(Map.of("member", false));
    }

    private static String valid(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw OutloudException.notFound();
        }
        return key;
    }
}
