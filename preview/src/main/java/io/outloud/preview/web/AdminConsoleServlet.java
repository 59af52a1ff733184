package io.outloud.preview.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserManager;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The administration console's front page ({@code /admin}), for site admins: the sidebar with the links apps add to
 * it, as Confluence's console shows them. Everyone else is refused, as Confluence refuses them.
 */
public final class AdminConsoleServlet extends HttpServlet {
    private final Layout layout;
    private final UserManager users;

    public AdminConsoleServlet(Layout layout, UserManager users) {
        this.layout = layout;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        List<Layout.Crumb> crumbs = List.of(new Layout.Crumb("Spaces", "/"), new Layout.Crumb("Administration", null));
        if (user == null || !users.isAdmin(user.getKey())) {
            PageServlet.send(response, user == null ? 401 : 403, layout.page(request, "Administration", crumbs,
                    "<div class=\"aui-message aui-message-error\"><p>Only site administrators open the administration console.</p></div>",
                    Layout.Meta.none()));
            return;
        }
        PageServlet.send(response, 200, layout.page(request, "Administration", crumbs,
                "<p>The preview has no settings of Confluence's own: the sidebar shows where apps add their administration pages.</p>",
                Layout.Meta.adminConsole()));
    }
}
