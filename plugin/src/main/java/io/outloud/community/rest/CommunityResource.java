package io.outloud.community.rest;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.community.macro.DirectoryViews;
import io.outloud.common.web.SiteLinks;
import io.outloud.common.rest.JsonResponses;
import io.outloud.people.PersonJson;
import io.outloud.common.rest.RequestBodies;
import io.outloud.content.TextJson;
import io.outloud.community.Community;
import io.outloud.community.CommunityDirectory;
import io.outloud.community.CommunityDraft;
import io.outloud.community.CommunityLinks;
import io.outloud.community.CommunityService;
import io.outloud.community.Diversity;
import io.outloud.community.Membership;
import io.outloud.people.Person;

import javax.ws.rs.Consumes;
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
import java.util.Optional;

/**
 * Communities over REST. The directory ({@code GET ?q=&label=&department=&sort=&cursor=&limit=}, a page at a time:
 * {@code next} is the cursor of the next page or null) and {@code POST} to make one
 * ({@code {"name", "curiosity", "access", "labels"}}; 409 when the name is taken); per community ({@code /{key}}, 404
 * when unknown or unseen): the overview, {@code PUT} and {@code DELETE} by a lead (403 for anyone else), the member
 * list by department ({@code /members?department=&offset=&limit=}), the reader's own membership
 * ({@code /members/me}: {@code PUT} joins or asks to join, {@code DELETE} leaves), and the leads' management:
 * requests ({@code POST /requests/approve} or {@code /requests/decline} with {@code {"userKey"}}), invitations
 * ({@code POST /invitations {"username"}}), handing over the lead role ({@code POST /lead {"userKey"}}), removing a
 * member ({@code DELETE /members/{userKey}}); and asks ({@code GET}, {@code POST /asks {"text"}},
 * {@code DELETE /asks/{id}} by its asker or a lead).
 */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {
    private final CommunityService communities;
    private final CommunityDirectory directory;
    private final I18nResolver i18n;
    private final DirectoryViews words;

    public CommunityResource(CommunityService communityService, CommunityDirectory communityDirectory, I18nResolver i18n,
                             ApplicationProperties applicationProperties) {
        this.communities = communityService;
        this.directory = communityDirectory;
        this.i18n = i18n;
        this.words = new DirectoryViews(communityDirectory, i18n, new SiteLinks(applicationProperties));
    }

    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("q") String query, @QueryParam("label") String label, @QueryParam("department") String department,
                         @QueryParam("sort") String sort, @QueryParam("cursor") String cursor, @QueryParam("limit") int limit) {
        CommunityDirectory.Listing listing = directory.list(query, label, department, sort, io.outloud.common.PageRequest.of(cursor, limit));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communities", listing.entries().stream().map(this::entryJson).toList());
        body.put("suggestions", listing.suggestions().stream().map(s -> {
            Map<String, Object> json = entryJson(s.entry());
            json.put("newDepartments", s.newDepartments());
            json.put("newDepartmentsText", words.newDepartmentsText(s.newDepartments()));
            return json;
        }).toList());
        body.put("labels", listing.labels());
        body.put("departments", listing.departments());
        body.put("sort", listing.sort().code());
        body.put("countText", words.countText(listing.entries().size()));
        body.put("next", listing.nextCursor());
        return JsonResponses.ok(body);
    }

    @POST
    @LicensedOnly
    public Response create(InputStream body) {
        Community made = communities.create(draft(RequestBodies.object(body)), 0, "");
        return JsonResponses.status(201, overviewJson(communities.overview(made)));
    }

    @GET
    @Path("/{key}")
    @AnonymousSiteAccess
    public Response get(@PathParam("key") String key) {
        return JsonResponses.ok(overviewJson(communities.overview(key)));
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@PathParam("key") String key, InputStream body) {
        communities.update(key, draft(RequestBodies.object(body)));
        return JsonResponses.ok(overviewJson(communities.overview(key)));
    }

    @DELETE
    @Path("/{key}")
    @LicensedOnly
    public Response remove(@PathParam("key") String key) {
        communities.remove(key);
        return Response.noContent().build();
    }

    /** Who is in a community: for people signed in (names, departments and what each is open to talk about). */
    @GET
    @Path("/{key}/members")
    @LicensedOnly
    public Response members(@PathParam("key") String key, @QueryParam("department") String department,
                            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("30") int limit) {
        if (limit < 1 || limit > CommunityService.MAX_PAGE) {
            throw io.outloud.common.OutloudException.invalid("outloud.community.error.page", CommunityService.MAX_PAGE);
        }
        boolean lead = communities.mine(key).filter(Membership::isLead).isPresent();
        List<CommunityService.Member> page = communities.members(key, department, offset, limit + 1);
        boolean more = page.size() > limit;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("members", page.subList(0, Math.min(limit, page.size())).stream().map(m -> memberJson(m, lead)).toList());
        body.put("lead", lead);
        body.put("next", more ? offset + limit : null);
        return JsonResponses.ok(body);
    }

    @GET
    @Path("/{key}/members/me")
    @LicensedOnly
    public Response me(@PathParam("key") String key) {
        return JsonResponses.ok(mineJson(communities.mine(key)));
    }

    @PUT
    @Path("/{key}/members/me")
    @LicensedOnly
    public Response join(@PathParam("key") String key) {
        Membership.State state = communities.join(key);
        Map<String, Object> json = mineJson(communities.mine(key));
        json.put("message", i18n.getText(state == Membership.State.REQUESTED ? "outloud.community.requested" : "outloud.community.joined"));
        return JsonResponses.ok(json);
    }

    @DELETE
    @Path("/{key}/members/me")
    @LicensedOnly
    public Response leave(@PathParam("key") String key) {
        communities.leave(key);
        Map<String, Object> json = mineJson(Optional.empty());
        json.put("message", i18n.getText("outloud.community.left"));
        return JsonResponses.ok(json);
    }

    @DELETE
    @Path("/{key}/members/{userKey}")
    @LicensedOnly
    public Response removeMember(@PathParam("key") String key, @PathParam("userKey") String userKey) {
        communities.removeMember(key, userKey);
        return Response.noContent().build();
    }

    @POST
    @Path("/{key}/requests/approve")
    @LicensedOnly
    public Response approve(@PathParam("key") String key, InputStream body) {
        communities.approve(key, RequestBodies.string(RequestBodies.object(body), "userKey"));
        return JsonResponses.ok(overviewJson(communities.overview(key)));
    }

    @POST
    @Path("/{key}/requests/decline")
    @LicensedOnly
    public Response decline(@PathParam("key") String key, InputStream body) {
        communities.decline(key, RequestBodies.string(RequestBodies.object(body), "userKey"));
        return JsonResponses.ok(overviewJson(communities.overview(key)));
    }

    @POST
    @Path("/{key}/invitations")
    @LicensedOnly
    public Response invite(@PathParam("key") String key, InputStream body) {
        Person invited = communities.invite(key, RequestBodies.string(RequestBodies.object(body), "username"));
        Map<String, Object> json = overviewJson(communities.overview(key));
        json.put("message", i18n.getText("outloud.community.invited", PersonJson.name(invited, i18n::getText)));
        return JsonResponses.ok(json);
    }

    @POST
    @Path("/{key}/lead")
    @LicensedOnly
    public Response handOver(@PathParam("key") String key, InputStream body) {
        communities.handOver(key, RequestBodies.string(RequestBodies.object(body), "userKey"));
        return JsonResponses.ok(overviewJson(communities.overview(key)));
    }

    @GET
    @Path("/{key}/asks")
    @LicensedOnly
    public Response asks(@PathParam("key") String key) {
        return JsonResponses.ok(Map.of("asks", communities.asks(key, 20).stream().map(this::askJson).toList()));
    }

    @POST
    @Path("/{key}/asks")
    @LicensedOnly
    public Response ask(@PathParam("key") String key, InputStream body) {
        communities.ask(key, RequestBodies.string(RequestBodies.object(body), "text"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asks", communities.asks(key, 20).stream().map(this::askJson).toList());
        json.put("message", i18n.getText("outloud.community.ask.sent"));
        return JsonResponses.status(201, json);
    }

    @DELETE
    @Path("/{key}/asks/{id}")
    @LicensedOnly
    public Response removeAsk(@PathParam("key") String key, @PathParam("id") long id) {
        communities.removeAsk(key, id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asks", communities.asks(key, 20).stream().map(this::askJson).toList());
        json.put("message", i18n.getText("outloud.community.ask.removed"));
        return JsonResponses.ok(json);
    }

    // ---------------------------------------------------------------- JSON

    private static CommunityDraft draft(Map<String, Object> fields) {
        return CommunityDraft.of(optional(fields, "name"), optional(fields, "curiosity"), optional(fields, "access"), optional(fields, "labels"));
    }

    private static String optional(Map<String, Object> fields, String field) {
        return fields.get(field) == null ? null : RequestBodies.string(fields, field);
    }

    private Map<String, Object> communityJson(Community c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", c.key());
        json.put("name", c.name());
        json.put("curiosity", c.curiosity());
        json.put("access", c.access().code());
        json.put("labels", c.labels());
        json.put("path", CommunityLinks.pathOf(c));
        return json;
    }

    private Map<String, Object> entryJson(CommunityDirectory.Entry entry) {
        Map<String, Object> json = communityJson(entry.community());
        json.put("members", entry.members());
        json.put("departmentCount", entry.departmentCount());
        json.put("activeAt", entry.activeAt().toString());
        json.put("member", entry.viewerIsMember());
        json.put("sizeText", words.sizeText(entry));
        json.put("accessLabel", words.accessLabel(entry));
        return json;
    }

    private Map<String, Object> overviewJson(CommunityService.Overview overview) {
        Map<String, Object> json = communityJson(overview.community());
        Diversity diversity = overview.diversity();
        json.put("members", diversity.members());
        json.put("departmentCount", diversity.departmentCount());
        List<Object> shares = new ArrayList<>();
        diversity.departments().forEach(share -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("department", share.department());
            s.put("members", share.members());
            s.put("percent", share.percent());
            shares.add(s);
        });
        json.put("departments", shares);
        json.put("withoutDepartment", diversity.withoutDepartment());
        json.put("missingDepartments", diversity.missing());
        // User keys go to leads only (they manage members by them); everyone else reads names.
        boolean lead = overview.viewerIsLead();
        json.put("leads", overview.leads().stream().map(p -> personJson(p, lead)).toList());
        json.put("me", mineJson(overview.mine()));
        if (overview.viewerIsLead()) {
            json.put("requests", overview.requests().stream().map(p -> personJson(p, true)).toList());
            json.put("invited", overview.invited().stream().map(p -> personJson(p, true)).toList());
        }
        return json;
    }

    private Map<String, Object> personJson(Person person, boolean withKey) {
        Map<String, Object> json = PersonJson.of(person);
        if (withKey) {
            json.put("userKey", person.userKey());
        }
        json.put("name", PersonJson.name(person, i18n::getText));
        json.put("openTo", person.openTo());
        return json;
    }

    private Map<String, Object> memberJson(CommunityService.Member member, boolean forLead) {
        Map<String, Object> json = personJson(member.person(), forLead);
        // The department the list is ordered and grouped by (as recorded), which the page groups loaded members under.
        json.put("group", member.membership().department());
        json.put("lead", member.membership().isLead());
        json.put("since", member.membership().since().toString());
        return json;
    }

    private static Map<String, Object> mineJson(Optional<Membership> mine) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", mine.map(m -> m.state().code()).orElse("none"));
        json.put("member", mine.filter(Membership::isMember).isPresent());
        json.put("lead", mine.filter(Membership::isLead).isPresent());
        return json;
    }

    private Map<String, Object> askJson(CommunityService.AskItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.ask().id());
        json.put("community", communityJson(item.community()));
        json.put("asker", personJson(item.asker(), false));
        json.put("byText", i18n.getText("outloud.community.ask.by", PersonJson.name(item.asker(), i18n::getText),
                item.asker().departmentIfKnown().orElseGet(() -> i18n.getText("outloud.people.no-department"))));
        json.put("text", item.ask().text());
        json.put("segments", TextJson.segments(item.ask().text()));
        json.put("at", item.ask().at().toString());
        json.put("removable", item.removable());
        json.put("removeLabel", i18n.getText("outloud.community.ask.remove-label", PersonJson.name(item.asker(), i18n::getText)));
        return json;
    }
}
