package io.outloud.follow.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.web.ServletPages;
import io.outloud.common.web.SiteLinks;
import io.outloud.community.Community;
import io.outloud.community.CommunityDirectory;
import io.outloud.community.CommunityLinks;
import io.outloud.follow.Follow;
import io.outloud.follow.FollowKind;
import io.outloud.follow.FollowService;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one follows ({@code /plugins/servlet/outloud/following}, the user menu's "What I follow"), only ever one's
 * own: people, communities and labels, newest first, 50 a page ({@code ?cursor=}), each with its follow button to
 * stop following (and to follow again, should that click be a mistake). The people and communities of a page are
 * read at once, whatever their number; a community the reader may no longer see is named by its key only.
 */
@LicensedOnly
public class FollowingServlet extends HttpServlet {
    static final String PATH = "/plugins/servlet/outloud/following";
    static final String TEMPLATE = "templates/follow/following-page.html.vm";
    static final String WEB_RESOURCE = "io.outloud.confluence:follow-page";

    private final transient FollowService follows;
    private final transient PersonDirectory people;
    private final transient CommunityDirectory communities;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient SiteLinks links;

    public FollowingServlet(FollowService follows, PersonDirectory people, CommunityDirectory communities, TemplateRenderer renderer,
                            PageBuilderService pageBuilder, I18nResolver i18n, ApplicationProperties applicationProperties) {
        this.follows = follows;
        this.people = people;
        this.communities = communities;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.links = new SiteLinks(applicationProperties);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page<Follow> page;
        try {
            page = follows.mine(PageRequest.of(request.getParameter("cursor"), PageRequest.MAX_LIMIT)); // signed-in people only
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        List<String> personKeys = page.items().stream().filter(f -> f.kind() == FollowKind.PERSON).map(Follow::target).toList();
        List<String> communityKeys = page.items().stream().filter(f -> f.kind() == FollowKind.COMMUNITY).map(Follow::target).toList();
        Map<String, Person> persons = personKeys.isEmpty() ? Map.of() : people.cards(personKeys);
        Map<String, Community> visible = communities.visibleAmong(communityKeys);
        List<FollowingView.Item> items = new ArrayList<>();
        for (Follow follow : page.items()) {
            items.add(switch (follow.kind()) {
                case PERSON -> person(follow, persons.getOrDefault(follow.target(), Person.unknown(follow.target())));
                case COMMUNITY -> community(follow, visible.get(follow.target()));
                case LABEL -> item(follow, follow.target(), "", follow.target(), "outloud.follow.label");
            });
        }
        String next = page.nextCursor();
        String nextUrl = next == null || next.isEmpty() ? "" : links.href(PATH + "?cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "following", new FollowingView(items, nextUrl));
    }

    private FollowingView.Item person(Follow follow, Person person) {
        // The button names the person by username, as every follow button does; nobody's key leaves the server.
        String username = people.usernameOf(follow.target()).orElse("");
        String name = person.isKnown() ? person.displayName() : i18n.getText("outloud.follow.page.unknown-person");
        return item(follow, name, "", username, "outloud.follow.person");
    }

    private FollowingView.Item community(Follow follow, Community community) {
        if (community == null) {
            return item(follow, follow.target(), "", follow.target(), "outloud.follow.community");
        }
        return item(follow, community.name(), links.href(CommunityLinks.pathOf(community)), follow.target(), "outloud.follow.community");
    }

    private FollowingView.Item item(Follow follow, String name, String url, String target, String buttonKey) {
        String kind = follow.kind().code();
        return new FollowingView.Item(kind, i18n.getText("outloud.follow.page.kind." + kind), name, url, target, i18n.getText(buttonKey, name));
    }
}
