package io.outloud.preview.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.PreviewWebSudo;
import io.outloud.preview.html.Html;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Confluence's authenticate.action for the secure administrator session: a site admin confirms who they are (the
 * preview has no passwords, so a confirmation stands in for the password) and returns to the page that asked.
 */
public final class AuthenticateServlet extends HttpServlet {
    private final Layout layout;

    public AuthenticateServlet(Layout layout) {
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!siteAdmin()) {
            PageServlet.send(response, 403, layout.page(request, "Not permitted", List.of(),
                    "<div class=\"aui-message aui-message-error\"><p>Only site administrators get a secure administrator session.</p></div>",
                    Layout.Meta.none()));
            return;
        }
        String form = "<div class=\"aui-message aui-message-info\"><p>You are entering a secure administrator session. In Confluence you"
                + " would enter your password here.</p></div><form class=\"aui\" method=\"post\" action=\"/authenticate.action\">"
                + FormTokens.hiddenField(request) + "<input type=\"hidden\" name=\"destination\" value=\"" + Html.escape(destination(request))
                + "\"><button class=\"aui-button aui-button-primary\" type=\"submit\" id=\"authenticate-confirm\">Confirm</button></form>";
        PageServlet.send(response, 200, layout.page(request, "Administrator access", List.of(new Layout.Crumb("Spaces", "/")), form,
                Layout.Meta.none()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormTokens.valid(request) || !siteAdmin()) {
            response.sendError(403, "XSRF check failed or not a site administrator");
            return;
        }
        PreviewWebSudo.grant(request);
        response.sendRedirect(destination(request));
    }

    private static boolean siteAdmin() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user instanceof PreviewUser person && person.siteAdmin();
    }

    private static String destination(HttpServletRequest request) {
        return SwitchUserServlet.safeReturn(request.getParameter("destination"));
    }
}
