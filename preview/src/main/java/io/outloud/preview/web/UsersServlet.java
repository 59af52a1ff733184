package io.outloud.preview.web;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventPublisher;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.UserDirectory;
import io.outloud.preview.html.Html;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Confluence's user management, for site admins (form token required): deactivate and reactivate a user (kept, but no
 * longer able to sign in), or remove one; a removal publishes Confluence's {@link UserRemoveEvent}, as Confluence does
 * for a user removed in its own directory.
 */
public final class UsersServlet extends HttpServlet {
    private final UserDirectory users;
    private final EventPublisher events;
    private final Layout layout;

    public UsersServlet(UserDirectory users, EventPublisher events, Layout layout) {
        this.users = users;
        this.events = events;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!siteAdmin()) {
            refuse(request, response);
            return;
        }
        StringBuilder html = new StringBuilder("<table class=\"aui\" id=\"preview-users\"><thead><tr><th scope=\"col\">Name</th>"
                + "<th scope=\"col\">Username</th><th scope=\"col\">State</th><th scope=\"col\">Actions</th></tr></thead><tbody>");
        for (PreviewUser user : users.all()) {
            boolean deactivated = users.isDeactivated(user.getKey().getStringValue());
            html.append("<tr><td>").append(Html.escape(user.getFullName())).append("</td><td>").append(Html.escape(user.getName()))
                    .append("</td><td>").append(deactivated ? "Deactivated" : "Active").append("</td><td>")
                    .append(form(request, deactivated ? "reactivate" : "deactivate", user, deactivated ? "Reactivate" : "Deactivate"))
                    .append(form(request, "remove", user, "Remove")).append("</td></tr>");
        }
        html.append("</tbody></table>");
        PageServlet.send(response, 200, layout.page(request, "Users", List.of(new Layout.Crumb("Spaces", "/")), html.toString(),
                Layout.Meta.none()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormTokens.valid(request) || !siteAdmin()) {
            response.sendError(403, "XSRF check failed or not a site administrator");
            return;
        }
        String username = request.getParameter("username");
        Optional<PreviewUser> user = username == null ? Optional.empty() : users.byUsername(username);
        if (user.isEmpty()) {
            response.sendError(404, "No such user");
            return;
        }
        String key = user.get().getKey().getStringValue();
        switch (String.valueOf(request.getPathInfo())) {
            case "/deactivate" -> users.setDeactivated(key, true);
            case "/reactivate" -> users.setDeactivated(key, false);
            case "/remove" -> {
                users.remove(key);
                events.publish(new UserRemoveEvent(this, user.get()));
            }
            default -> {
                response.sendError(404, "No such action");
                return;
            }
        }
        response.sendRedirect("/admin/users");
    }

    private static String form(HttpServletRequest request, String action, PreviewUser user, String label) {
        return "<form method=\"post\" action=\"/admin/users/" + action + "\" class=\"preview-user-action\">" + FormTokens.hiddenField(request)
                + "<input type=\"hidden\" name=\"username\" value=\"" + Html.escape(user.getName()) + "\">"
                + "<button type=\"submit\" class=\"aui-button\" aria-label=\"" + Html.escape(label + " " + user.getFullName()) + "\">"
                + Html.escape(label) + "</button></form>";
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageServlet.send(response, 403, layout.page(request, "Not permitted", List.of(),
                "<div class=\"aui-message aui-message-error\"><p>Only site administrators manage users.</p></div>", Layout.Meta.none()));
    }

    private static boolean siteAdmin() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user instanceof PreviewUser person && person.siteAdmin();
    }
}
