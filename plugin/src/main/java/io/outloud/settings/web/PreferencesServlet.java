package io.outloud.settings.web;

import io.outloud.common.web.ServletPages;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.people.OpenTo;
import io.outloud.people.ProfileService;
import io.outloud.settings.Preferences;
import io.outloud.settings.SettingsService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Each person's own Out Loud preferences: not to be named in lists of who saw or who reacted to a block (they are still
 * counted), saved through the preferences REST resource; and what they are open to talk about beyond their job title,
 * saved through the profile REST resource. Linked from the lists where names appear.
 */
@LicensedOnly
public class PreferencesServlet extends HttpServlet {
    static final String WEB_RESOURCE = "io.outloud.confluence:settings-me-resources";
    static final String TEMPLATE = "templates/settings/me.html.vm";
    public static final String PATH = "/plugins/servlet/outloud/me";

    private final transient SettingsService settings;
    private final transient ProfileService profiles;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient io.outloud.common.web.SiteLinks links;

    public PreferencesServlet(SettingsService settings, ProfileService profiles, TemplateRenderer renderer, PageBuilderService pageBuilder,
                              I18nResolver i18n, com.atlassian.sal.api.ApplicationProperties applicationProperties) {
        this.links = new io.outloud.common.web.SiteLinks(applicationProperties);
        this.settings = settings;
        this.profiles = profiles;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Preferences mine;
        String openTo;
        try {
            mine = settings.mine(); // signed-in people only
            openTo = profiles.myOpenTo();
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "preferences",
                new PreferencesView(mine.hideMyName(), openTo, OpenTo.MAX_LENGTH, links.href(io.outloud.notify.NoticeLinks.LIST_PATH)));
    }
}
