package io.outloud.settings.web;

import io.outloud.common.web.ServletPages;
import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.people.DepartmentSource;
import io.outloud.settings.ReactorNames;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The site admins' settings page (the "Configure" link in the Universal Plugin Manager): how visible it is who read
 * and who reacted, the thoughts' rules, and where people's departments come from. The page shows the settings; its script saves them through the settings REST resource, which
 * checks again that the caller is a system admin (and the REST module's XSRF rules apply). Both need the secure
 * administrator session (WebSudo), as Confluence's own admin pages do. Decorated by Confluence as an admin page.
 */
@SystemAdminOnly
public class SiteSettingsServlet extends HttpServlet {
    static final String WEB_RESOURCE = "io.outloud.confluence:settings-admin-resources";
    static final String TEMPLATE = "templates/settings/admin.html.vm";

    private final transient SettingsService settings;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient WebSudoManager webSudo;

    public SiteSettingsServlet(SettingsService settings, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                               WebSudoManager webSudo) {
        this.settings = settings;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.webSudo = webSudo;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteSettings site;
        try {
            site = settings.siteForAdmin(); // system admins only, as the access annotation says: also where it is not read
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        if (!ServletPages.inSecureAdminSession(request, response, webSudo)) {
            return;
        }
        List<SiteSettingsView.Choice> choices = new ArrayList<>();
        for (ReactorNames rule : ReactorNames.values()) {
            choices.add(new SiteSettingsView.Choice(rule.code(), i18n.getText("outloud.settings.admin.reactor-names." + rule.code()),
                    rule == site.reactorNames()));
        }
        List<SiteSettingsView.Choice> sources = new ArrayList<>();
        for (DepartmentSource source : DepartmentSource.values()) {
            sources.add(new SiteSettingsView.Choice(source.code(), i18n.getText("outloud.people.admin.source." + source.code()),
                    source == site.departments().source()));
        }
        SiteSettingsView view = new SiteSettingsView(site.namesToAuthors(), site.minGroupSize(), SiteSettings.MAX_MIN_GROUP_SIZE, choices,
                site.unnamedFeedback(), site.waitingDays(), SiteSettings.MAX_WAITING_DAYS, sources, site.departments().groupsText(),
                site.departments().listedText(), settings.lockedKeys());
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "settings", view);
    }
}
