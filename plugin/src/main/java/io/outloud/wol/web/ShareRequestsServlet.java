package io.outloud.wol.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.web.ServletPages;
import io.outloud.common.web.SiteLinks;
import io.outloud.people.PersonDirectory;
import io.outloud.wol.ShareRequestService;
import io.outloud.wol.macro.ShareRequestsMacro;
import io.outloud.wol.macro.ShareRequestsView;
import io.outloud.wol.macro.ShareRequestsViews;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Each person's own requests to share, the user menu's "My requests to share": the same lists as the macro, so that
 * requests are reachable where nobody placed the macro.
 */
@LicensedOnly
public class ShareRequestsServlet extends HttpServlet {
    static final String TEMPLATE = "templates/wol/requests-page.html.vm";

    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient ShareRequestsViews views;

    public ShareRequestsServlet(ShareRequestService requests, PersonDirectory people, TemplateRenderer renderer, PageBuilderService pageBuilder,
                                I18nResolver i18n, ApplicationProperties applicationProperties) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.views = new ShareRequestsViews(i18n, requests, people, new SiteLinks(applicationProperties));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ShareRequestsView view = views.build();
        if (!view.isSignedIn()) {
            ServletPages.refuse(response, OutloudException.notAuthenticated(), i18n);
            return;
        }
        ServletPages.write(response, renderer, pageBuilder, i18n, ShareRequestsMacro.WEB_RESOURCE, TEMPLATE, "requests", view);
    }
}
