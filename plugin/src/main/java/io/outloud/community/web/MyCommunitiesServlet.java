package io.outloud.community.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.PageRequest;
import io.outloud.common.web.ServletPages;
import io.outloud.community.CommunityDirectory;
import io.outloud.community.CommunityLinks;
import io.outloud.community.Membership;
import io.outloud.community.macro.CommunityMacro;
import io.outloud.community.macro.DirectoryViews;
import io.outloud.common.web.SiteLinks;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Each person's communities ({@code /plugins/servlet/outloud/communities}, the user menu's "My communities"): those
 * they belong to, lead, asked to join or are invited to, by name, a page of 50 at a time ({@code ?from=}).
 */
@LicensedOnly
public class MyCommunitiesServlet extends HttpServlet {
    static final String TEMPLATE = "templates/community/mine-page.html.vm";
    static final String PATH = "/plugins/servlet/outloud/communities";

    private final transient CommunityDirectory directory;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient SiteLinks links;
    private final transient DirectoryViews words;

    public MyCommunitiesServlet(CommunityDirectory directory, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                                ApplicationProperties applicationProperties) {
        this.directory = directory;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.links = new SiteLinks(applicationProperties);
        this.words = new DirectoryViews(directory, i18n, links);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CommunityDirectory.MineListing listing;
        try {
            listing = directory.mine(offset(request.getParameter("from")), PageRequest.MAX_LIMIT);
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        MyCommunitiesView view = new MyCommunitiesView(listing.items().stream().map(this::item).toList(),
                listing.nextOffset() < 0 ? "" : links.href(PATH + "?from=" + listing.nextOffset()));
        ServletPages.write(response, renderer, pageBuilder, i18n, CommunityMacro.WEB_RESOURCE, TEMPLATE, "mine", view);
    }

    private MyCommunitiesView.Item item(CommunityDirectory.Mine mine) {
        CommunityDirectory.Entry entry = mine.entry();
        return new MyCommunitiesView.Item(entry.community().name(), links.href(CommunityLinks.pathOf(entry.community())),
                entry.community().curiosity(), i18n.getText("outloud.community.mine.place." + place(mine.membership())), words.sizeText(entry));
    }

    private static String place(Membership membership) {
        return membership.isLead() ? "lead" : membership.state().code();
    }

    /** A bad or missing offset starts at the beginning: it is a link's parameter, never a person's words. */
    private static int offset(String from) {
        try {
            return from == null ? 0 : Math.max(0, Integer.parseInt(from.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
