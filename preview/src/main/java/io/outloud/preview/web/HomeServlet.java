package io.outloud.preview.web;

import io.outloud.preview.html.Html;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.outloud.preview.host.PageRepository;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.SpaceDirectory;
import io.outloud.preview.host.StoredPage;
import io.outloud.preview.host.UserDirectory;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** The preview's dashboard: where to start, the spaces and pages the current person may view, and who the demo people are. */
public final class HomeServlet extends HttpServlet {
    private final SpaceDirectory spaces;
    private final PageRepository pages;
    private final UserDirectory users;
    private final PermissionManager permissions;
    private final Layout layout;
    private final StartHere startHere;

    public HomeServlet(SpaceDirectory spaces, PageRepository pages, UserDirectory users, PermissionManager permissions, Layout layout) {
        this.spaces = spaces;
        this.pages = pages;
        this.users = users;
        this.permissions = permissions;
        this.layout = layout;
        this.startHere = new StartHere(pages, users);
    }

    /** The space's trash, for its admins: restore a page, or purge it for good. */
    private String trash(HttpServletRequest request, Space space) {
        List<StoredPage> trashed = pages.trashedInSpace(space.getKey());
        if (trashed.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h3>Trash</h3><ul class=\"outloud-preview-trash\">");
        for (StoredPage page : trashed) {
            String token = FormTokens.hiddenField(request);
            out.append("<li>").append(Html.escape(page.title()))
                    .append(" <form class=\"aui outloud-preview-inline\" method=\"post\" action=\"/pages/restorepage.action?pageId=").append(page.id())
                    .append("\">").append(token).append("<button class=\"aui-button\" type=\"submit\">Restore</button></form>")
                    .append(" <form class=\"aui outloud-preview-inline\" method=\"post\" action=\"/pages/purgepage.action?pageId=").append(page.id())
                    .append("\">").append(token).append("<button class=\"aui-button\" type=\"submit\">Purge</button></form></li>");
        }
        return out.append("</ul>").toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) {
            PageServlet.send(response, 404, layout.page(request, "Not found", List.of(), "<p>Nothing here.</p>", Layout.Meta.none()));
            return;
        }
        StringBuilder content = new StringBuilder("<p>A development host that runs the Out Loud plugin's real code. "
                + "Act as another person with the switcher at the top right.</p>").append(startHere.html(request));
        ConfluenceUser me = AuthenticatedUserThreadLocal.get();
        if (me instanceof PreviewUser person && person.siteAdmin()) {
            // What UPM's "Configure" button opens in Confluence.
            content.append("<p><a class=\"aui-button\" id=\"outloud-configure\" href=\"/plugins/servlet/outloud/admin\">Configure Out Loud</a></p>");
        }
        for (Space space : spaces.all()) {
            StringBuilder list = new StringBuilder();
            for (StoredPage page : pages.inSpace(space.getKey())) {
                AbstractPage confluencePage = pages.toConfluencePage(page);
                if (permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW, confluencePage)) {
                    list.append("<li><a class=\"outloud-preview-page\" href=\"/pages/viewpage.action?pageId=").append(page.id()).append("\">")
                            .append(Html.escape(page.title())).append("</a></li>");
                }
            }
            boolean canAdd = permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, space);
            if (list.length() == 0 && !canAdd) {
                continue;
            }
            content.append("<h2 id=\"space-").append(Html.escape(space.getKey())).append("\">").append(Html.escape(space.getName()))
                    .append("</h2><ul>").append(list).append("</ul>");
            if (canAdd) {
                content.append("<p><a class=\"aui-button\" href=\"/pages/createpage.action?spaceKey=").append(Html.url(space.getKey()))
                        .append("\">Create a page in ").append(Html.escape(space.getName())).append("</a></p>");
            }
            if (permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.ADMINISTER, space)) {
                content.append("<p><a class=\"aui-button\" id=\"space-tools-").append(Html.escape(space.getKey()))
                        .append("\" href=\"/spaces/spacetools.action?key=").append(Html.url(space.getKey())).append("\">Space tools of ")
                        .append(Html.escape(space.getName())).append("</a></p>");
                content.append(trash(request, space));
                content.append("<form class=\"aui outloud-preview-inline\" method=\"post\" action=\"/spaces/removespace.action?key=")
                        .append(Html.url(space.getKey())).append("\">").append(FormTokens.hiddenField(request))
                        .append("<button class=\"aui-button\" type=\"submit\" id=\"remove-space-").append(Html.escape(space.getKey()))
                        .append("\">Remove the space ").append(Html.escape(space.getName())).append("</button></form>");
            }
        }
        content.append("<h2>People</h2><table class=\"aui outloud-preview-people\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Department</th>")
                .append("<th scope=\"col\">Job title</th><th scope=\"col\">Role</th></tr></thead><tbody>");
        for (PreviewUser user : users.all()) {
            // AUI's avatar markup: the inner span crops and sizes the image; an img with that class alone does not.
            content.append("<tr><td><span class=\"outloud-preview-person\"><span class=\"aui-avatar aui-avatar-small\"><span class=\"aui-avatar-inner\">")
                    .append("<img alt=\"\" src=\"/avatars/").append(Html.url(user.getName())).append(".svg\"></span></span> ")
                    .append(Html.escape(user.getFullName())).append("</span></td><td>")
                    .append(Html.escape(user.department())).append("</td><td>").append(Html.escape(user.jobTitle())).append("</td><td>")
                    .append(user.siteAdmin() ? "Site admin" : "").append("</td></tr>");
        }
        content.append("</tbody></table>");
        PageServlet.send(response, 200, layout.page(request, "Out Loud preview", List.of(new Layout.Crumb("Spaces", null)),
                content.toString(), Layout.Meta.none()));
    }
}
