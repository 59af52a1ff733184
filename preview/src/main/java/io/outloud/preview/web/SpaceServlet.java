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
import io.outloud.preview.html.Html;
import io.outloud.preview.plugin.PluginDescriptor;
import io.outloud.preview.plugin.WebFragments;
import com.atlassian.sal.api.message.I18nResolver;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Removing a space, for its admins (form token required), as Confluence does it: the space and all its pages, in the
 * trash or not, are gone, and one {@link SpaceRemoveEvent} follows (no page event for each page). And the space's tools
 * ({@code /spaces/spacetools.action?key=}), for its admins: the web-items apps put in the sections under
 * {@code system.space.tools}, grouped by section as Confluence 9.x and 10.x draw them (apps in Integrations).
 */
public final class SpaceServlet extends HttpServlet {
    private final SpaceDirectory spaces;
    private final PageRepository pages;
    private final PermissionManager permissions;
    private final EventPublisher events;
    private final Layout layout;
    private final WebFragments fragments;
    private final I18nResolver i18n;

    public SpaceServlet(SpaceDirectory spaces, PageRepository pages, PermissionManager permissions, EventPublisher events, Layout layout,
                        WebFragments fragments, I18nResolver i18n) {
        this.spaces = spaces;
        this.pages = pages;
        this.permissions = permissions;
        this.events = events;
        this.layout = layout;
        this.fragments = fragments;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("key");
        Optional<Space> space = "/spacetools.action".equals(request.getPathInfo()) && key != null ? spaces.space(key) : Optional.empty();
        if (space.isEmpty()) {
            PageServlet.send(response, 404, layout.page(request, "Not found", List.of(), "<p>No such space.</p>", Layout.Meta.none()));
            return;
        }
        if (!permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.ADMINISTER, space.get())) {
            PageServlet.send(response, 403, layout.page(request, "Space tools", List.of(), "<p>Only the space's administrators see its tools.</p>",
                    Layout.Meta.none()));
            return;
        }
        StringBuilder content = new StringBuilder("<nav class=\"aui-navgroup aui-navgroup-vertical outloud-preview-space-tools\" aria-label=\"Space tools\">")
                .append("<div class=\"aui-navgroup-inner\"><div class=\"aui-nav-heading\"><strong>Integrations</strong></div><ul class=\"aui-nav\">");
        for (PluginDescriptor.WebItemModule item : fragments.items("system.space.tools/integrations", AuthenticatedUserThreadLocal.get(), space.get())) {
            content.append("<li><a id=\"").append(Html.escape(item.linkId())).append("\" href=\"").append(Html.escape(WebFragments.linkFor(item, space.get())))
                    .append("\">").append(Html.escape(i18n.getText(item.labelKey()))).append("</a></li>");
        }
        content.append("</ul></div></nav>");
        PageServlet.send(response, 200, layout.page(request, "Space tools: " + space.get().getName(),
                List.of(new Layout.Crumb("Spaces", "/"), new Layout.Crumb(space.get().getName(), null)), content.toString(), Layout.Meta.none()));
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
