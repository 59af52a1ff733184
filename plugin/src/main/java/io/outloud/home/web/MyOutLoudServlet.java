package io.outloud.home.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.web.ServletPages;
import io.outloud.common.web.SiteLinks;
import io.outloud.home.HomeService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * My Out Loud ({@code /plugins/servlet/outloud/home}, first in the user menu): the reader's own page, never anyone
 * else's (it takes no person), refused to strangers as every personal page is.
 */
@LicensedOnly
public class MyOutLoudServlet extends HttpServlet {
    static final String WEB_RESOURCE = "io.outloud.confluence:home";
    static final String TEMPLATE = "templates/home/home-page.html.vm";

    private final transient HomeService home;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient HomeViews views;

    public MyOutLoudServlet(HomeService home, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                            ApplicationProperties applicationProperties) {
        this.home = home;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.views = new HomeViews(i18n, new SiteLinks(applicationProperties));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HomeView view;
        try {
            view = views.view(home.mine());
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "home", view);
    }
}
