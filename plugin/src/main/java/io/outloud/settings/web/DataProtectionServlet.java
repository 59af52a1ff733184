package io.outloud.settings.web;

import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.web.ServletPages;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The data-protection statement at a stable address ({@code /plugins/servlet/outloud/admin/data-protection}), written
 * from the settings in force in the reader's language, for site admins to hand to their works council and
 * data-protection officer. Site admins only, in the secure administrator session, as the settings page it is linked from.
 */
@SystemAdminOnly
public class DataProtectionServlet extends HttpServlet {
    static final String WEB_RESOURCE = "io.outloud.confluence:data-protection-resources";
    static final String TEMPLATE = "templates/settings/data-protection.html.vm";

    private final transient SettingsService settings;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient WebSudoManager webSudo;
    private final transient Clock clock;

    public DataProtectionServlet(SettingsService settings, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                                 WebSudoManager webSudo, Clock clock) {
        this.settings = settings;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.webSudo = webSudo;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteSettings site;
        try {
            site = settings.siteForAdmin();
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        if (!ServletPages.inSecureAdminSession(request, response, webSudo)) {
            return;
        }
        DataProtectionView view = new DataProtectionView(i18n.getText("outloud.protection.intro", LocalDate.now(clock).toString()),
                DataProtectionStatement.sections(site, settings.retention(), settings.lockedKeys(), i18n));
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "statement", view);
    }
}
