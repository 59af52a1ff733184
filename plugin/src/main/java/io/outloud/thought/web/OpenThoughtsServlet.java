package io.outloud.thought.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.web.ServletPages;
import io.outloud.common.web.SiteLinks;
import io.outloud.thought.ThoughtService;
import io.outloud.thought.macro.OpenThoughtsView;
import io.outloud.thought.macro.OpenThoughtsViews;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Each person's own view of their open thoughts, reachable from every thought they wrote. */
@LicensedOnly
public class OpenThoughtsServlet extends HttpServlet {
    static final String WEB_RESOURCE = "io.outloud.confluence:thought";
    static final String TEMPLATE = "templates/thought/mine-page.html.vm";

    private final transient ThoughtService thoughts;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient OpenThoughtsViews views;

    public OpenThoughtsServlet(ThoughtService thoughts, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                               ApplicationProperties applicationProperties) {
        this.thoughts = thoughts;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.views = new OpenThoughtsViews(thoughts, i18n, new SiteLinks(applicationProperties));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OpenThoughtsView view;
        try {
            view = views.build(true);
            if (!view.isSignedIn()) {
                throw OutloudException.notAuthenticated();
            }
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "mine", view);
    }
}
