package io.outloud.privacy.web;

import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.web.ServletPages;
import io.outloud.privacy.PersonalDataService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The site admins' page of a person's data, next to the settings page: a person named by username, their data
 * downloaded, or erased after a confirmation. The page's script calls the admin REST resource, which checks again.
 * Both need the secure administrator session (WebSudo), as the settings page does.
 */
@SystemAdminOnly
public class PersonDataAdminServlet extends HttpServlet {
    static final String WEB_RESOURCE = "io.outloud.confluence:privacy-admin-resources";
    static final String TEMPLATE = "templates/privacy/admin.html.vm";

    private final transient PersonalDataService personalData;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient WebSudoManager webSudo;

    public PersonDataAdminServlet(PersonalDataService personalData, TemplateRenderer renderer, PageBuilderService pageBuilder,
                                  I18nResolver i18n, WebSudoManager webSudo) {
        this.personalData = personalData;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.webSudo = webSudo;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            personalData.requireAdminPage();
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        if (!ServletPages.inSecureAdminSession(request, response, webSudo)) {
            return;
        }
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "page", "");
    }
}
