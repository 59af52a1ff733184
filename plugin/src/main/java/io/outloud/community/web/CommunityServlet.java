package io.outloud.community.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.web.ServletPages;
import io.outloud.community.Community;
import io.outloud.community.CommunityService;
import io.outloud.community.pairing.macro.PairingViews;
import io.outloud.community.macro.CommunityMacro;
import io.outloud.community.macro.CommunityView;
import io.outloud.community.macro.CommunityViews;
import io.outloud.common.web.SiteLinks;
import io.outloud.thought.ThoughtService;
import io.outloud.wol.StreamService;
import io.outloud.settings.SettingsService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A community's own page ({@code /plugins/servlet/outloud/community?key=}): where a community made through the form,
 * or one whose page was deleted, is read and managed. Unknown or unseen communities are 404.
 */
public class CommunityServlet extends HttpServlet {
    static final String TEMPLATE = "templates/community/community-page.html.vm";

    private final transient CommunityService communities;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient CommunityViews views;

    public CommunityServlet(CommunityService communityService, StreamService streamService, ThoughtService thoughtService,
                            PairingViews pairingViews, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                            ApplicationProperties applicationProperties, SettingsService settings) {
        this.communities = communityService;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.views = new CommunityViews(communityService, streamService, thoughtService, pairingViews, i18n,
                new SiteLinks(applicationProperties), () -> settings.site().minGroupSize());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CommunityView view;
        try {
            Community community = communities.community(request.getParameter("key"));
            view = views.build(community, true);
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        if (view.getPairing() != null) {
            pageBuilder.assembler().resources().requireWebResource(PairingViews.WEB_RESOURCE);
        }
        ServletPages.write(response, renderer, pageBuilder, i18n, CommunityMacro.WEB_RESOURCE, TEMPLATE, "community", view);
    }
}
