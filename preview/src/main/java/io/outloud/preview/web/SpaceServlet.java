package io.outloud.preview.web;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.core.util.ProgressMeter;
import com.atlassian.event.api.EventPublisher;
import io.outloud.preview.host.PageRepository;
import io.outloud.preview.host.SpaceDirectory;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Removing a space, for its admins (form token required), as Confluence does it: the space and all its pages, in the
 * trash or not, are gone, and one {@link SpaceRemoveEvent} follows (no page event for each page).
 */
public final class SpaceServlet extends HttpServlet {
    private final SpaceDirectory spaces;
    private final PageRepository pages;
    private final PermissionManager permissions;
    private final EventPublisher events;
    private final Layout layout;

    public SpaceServlet(SpaceDirectory spaces, PageRepository pages, PermissionManager permissions, EventPublisher events, Layout layout) {
        this.spaces = spaces;
        this.pages = pages;
        this.permissions = permissions;
        this.events = events;
        this.layout = layout;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormTokens.valid(request)) {
            PageServlet.send(response, 403, layout.page(request, "XSRF check failed", List.of(),
                    "<div class=\"aui-message aui-message-error\"><p>The form did not come from this site. Reload and try again.</p></div>",
                    Layout.Meta.none()));
            return;
        }
        String key = request.getParameter("key");
        Optional<Space> space = "/removespace.action".equals(request.getPathInfo()) && key != null ? spaces.space(key) : Optional.empty();
        if (space.isEmpty() || !permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.ADMINISTER, space.get())) {
            PageServlet.send(response, 404, layout.page(request, "Not found", List.of(), "<p>No such space, or you may not remove it.</p>",
                    Layout.Meta.none()));
            return;
        }
        pages.deleteInSpace(space.get().getKey());
        spaces.remove(space.get().getKey());
        events.publish(new SpaceRemoveEvent(this, space.get(), new ProgressMeter()));
        response.sendRedirect("/");
    }
}
