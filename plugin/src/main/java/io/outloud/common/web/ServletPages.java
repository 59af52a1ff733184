package io.outloud.common.web;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.macro.MacroTemplates;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How the app's servlet pages answer: their template with its web resource, as HTML that no cache keeps, or the
 * refusal of the use case they show (which checks who may see it, so the page checks nothing twice).
 */
public final class ServletPages {
    private ServletPages() {
    }

    /** A refusal of the use case behind a page, as the servlet answers it: 401 to strangers, 404 for nothing to show, else 403. */
    public static void refuse(HttpServletResponse response, OutloudException refusal, I18nResolver i18n) throws IOException {
        int status = switch (refusal.failure()) {
            case NOT_AUTHENTICATED -> HttpServletResponse.SC_UNAUTHORIZED;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            default -> HttpServletResponse.SC_FORBIDDEN;
        };
        response.sendError(status, i18n.getText(refusal.messageKey(), refusal.arguments()));
    }

    /**
     * Whether the request is in the secure administrator session; if not, the admin is sent to confirm who they are
     * first, as on every Confluence admin page, and the page answers nothing else.
     */
    public static boolean inSecureAdminSession(HttpServletRequest request, HttpServletResponse response, WebSudoManager webSudo) {
        try {
            webSudo.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
    }

    public static void write(HttpServletResponse response, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                      String webResource, String template, String modelName, Object view) throws IOException {
        String html;
        try {
            html = new MacroTemplates(renderer, pageBuilder, i18n).render(webResource, template, modelName, view);
        } catch (MacroExecutionException e) {
            throw new IOException("Out Loud could not render " + template, e);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
