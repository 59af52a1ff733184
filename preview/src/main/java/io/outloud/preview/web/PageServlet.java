package io.outloud.preview.web;

import io.outloud.preview.html.Html;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.outloud.preview.content.MalformedStorageException;
import io.outloud.preview.content.WikiMarkup;
import io.outloud.preview.content.RenderTarget;
import io.outloud.preview.content.StorageFormatRenderer;
import io.outloud.preview.content.StorageMacros;
import io.outloud.preview.host.PageRepository;
import io.outloud.preview.host.SpaceDirectory;
import io.outloud.preview.host.StoredPage;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Confluence's page actions: view (renders storage format, calling the plugin's macros), edit and create with
 * a plain storage-format editor. Edits need edit permission and the form token; bad storage format is refused
 * with the text kept, so nothing is lost.
 */
public final class PageServlet extends HttpServlet {
    public static final int MAX_BODY = 500_000;
    /**
     * The largest editor form Jetty reads: a body of {@link #MAX_BODY} characters of three UTF-8 bytes each,
     * percent-encoded (three characters a byte), with room for the title and the rest.
     */
    public static final int MAX_FORM_BYTES = MAX_BODY * 9 + 64 * 1024;
    public static final int MAX_TITLE = 255;

    private final PageRepository pages;
    private final SpaceDirectory spaces;
    private final PermissionManager permissions;
    private final Map<String, Macro> macros;
    private final Layout layout;
    private final EventPublisher events;
    private final StorageFormatRenderer renderer = new StorageFormatRenderer();

    public PageServlet(PageRepository pages, SpaceDirectory spaces, PermissionManager permissions, Map<String, Macro> macros, Layout layout,
                       EventPublisher events) {
        this.pages = pages;
        this.spaces = spaces;
        this.permissions = permissions;
        this.macros = macros;
        this.layout = layout;
        this.events = events;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (action(request)) {
            case "viewpage.action" -> view(request, response);
            case "editpage.action" -> editForm(request, response, null, null, null);
            case "createpage.action" -> createForm(request, response, null, null, null, null);
            default -> notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!formReadable(request)) {
            send(response, 413, layout.page(request, "Page too long", List.of(), "<div class=\"aui-message aui-message-error\" role=\"alert\" "
                    + "id=\"editor-error\"><p>" + Html.escape(tooLong()) + " Go back and shorten it.</p></div>", Layout.Meta.none()));
            return;
        }
        if (!FormTokens.valid(request)) {
            send(response, 403, layout.page(request, "XSRF check failed", List.of(), "<div class=\"aui-message aui-message-error\"><p>"
                    + "Your session expired or the form did not come from this site. Go back, reload and try again.</p></div>", Layout.Meta.none()));
            return;
        }
        switch (action(request)) {
            case "editpage.action" -> saveEdit(request, response);
            case "createpage.action" -> create(request, response);
            case "trashpage.action" -> trash(request, response);
            case "restorepage.action" -> restoreOrPurge(request, response, false);
            case "purgepage.action" -> restoreOrPurge(request, response, true);
            default -> notFound(request, response);
        }
    }

    private void view(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredPage> page = viewable(request);
        if (page.isEmpty()) {
            notFound(request, response);
            return;
        }
        StoredPage stored = page.get();
        AbstractPage confluencePage = pages.toConfluencePage(stored);
        String body = renderer.render(stored.body(), RenderTarget.display(confluencePage, name -> Optional.ofNullable(macros.get(name))));
        Space space = confluencePage.getSpace();
        boolean canEdit = permissions.hasPermission(user(), Permission.EDIT, confluencePage);
        String actions = canEdit ? "<p class=\"outloud-preview-actions\"><a class=\"aui-button\" id=\"edit-page\" href=\"/pages/editpage.action?pageId="
                + stored.id() + "\">Edit</a> <a class=\"aui-button\" href=\"/pages/createpage.action?spaceKey=" + Html.url(space.getKey())
                + "\">Create page</a> " + trashForm(request, stored.id()) + "</p>" : "";
        String content = actions + "<div id=\"main-content-body\" class=\"wiki-content\">" + body + "</div>";
        send(response, 200, layout.page(request, stored.title(), crumbs(space, null), content, new Layout.Meta(stored.id(), space.getKey())));
    }

    private void editForm(HttpServletRequest request, HttpServletResponse response, String title, String body, String error) throws IOException {
        Optional<StoredPage> page = viewable(request);
        if (page.isEmpty()) {
            notFound(request, response);
            return;
        }
        StoredPage stored = page.get();
        AbstractPage confluencePage = pages.toConfluencePage(stored);
        if (!permissions.hasPermission(user(), Permission.EDIT, confluencePage)) {
            send(response, 403, layout.page(request, "Not permitted", List.of(), "<div class=\"aui-message aui-message-error\"><p>You may view this page but not edit it.</p></div>", Layout.Meta.none()));
            return;
        }
        String form = editor("/pages/editpage.action?pageId=" + stored.id(), null, title != null ? title : stored.title(),
                body != null ? body : stored.body(), error, request);
        send(response, error == null ? 200 : 400, layout.page(request, "Edit: " + stored.title(), crumbs(confluencePage.getSpace(), stored), form,
                new Layout.Meta(stored.id(), stored.spaceKey())));
    }

    private void saveEdit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredPage> page = viewable(request);
        if (page.isEmpty()) {
            notFound(request, response);
            return;
        }
        StoredPage stored = page.get();
        if (!permissions.hasPermission(user(), Permission.EDIT, pages.toConfluencePage(stored))) {
            send(response, 403, layout.page(request, "Not permitted", List.of(), "<p>You may not edit this page.</p>", Layout.Meta.none()));
            return;
        }
        String title = request.getParameter("title");
        String body = withMarkup(request.getParameter("body"), request.getParameter("markup"));
        Submission submission = Submission.of(title, body, null);
        if (submission.error() != null) {
            editForm(request, response, title, body, submission.error());
            return;
        }
        pages.update(stored.id(), title.trim(), submission.storage(), user().getKey().getStringValue());
        Page saved = pages.asConfluencePage(stored.id()).orElseThrow();
        events.publish(new PageUpdateEvent(this, saved, pages.toConfluencePage(stored), false, PageUpdateTrigger.EDIT_PAGE));
        response.sendRedirect("/pages/viewpage.action?pageId=" + stored.id());
    }

    private void createForm(HttpServletRequest request, HttpServletResponse response, String spaceKey, String title, String body, String error)
            throws IOException {
        String key = spaceKey != null ? spaceKey : request.getParameter("spaceKey");
        Optional<Space> space = key == null ? Optional.empty() : spaces.space(key);
        if (space.isEmpty() || !permissions.hasPermission(user(), Permission.EDIT, space.get())) {
            send(response, 403, layout.page(request, "Not permitted", List.of(), "<div class=\"aui-message aui-message-error\"><p>You may not add pages to this space.</p></div>", Layout.Meta.none()));
            return;
        }
        String form = editor("/pages/createpage.action", space.get().getKey(), title == null ? "" : title,
                body == null ? "<p></p>" : body, error, request);
        send(response, error == null ? 200 : 400, layout.page(request, "Create page in " + space.get().getName(), crumbs(space.get(), null), form,
                new Layout.Meta(0, space.get().getKey())));
    }

    private void create(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String spaceKey = request.getParameter("spaceKey");
        Optional<Space> space = spaceKey == null ? Optional.empty() : spaces.space(spaceKey);
        if (space.isEmpty() || !permissions.hasPermission(user(), Permission.EDIT, space.get())) {
            send(response, 403, layout.page(request, "Not permitted", List.of(), "<p>You may not add pages to this space.</p>", Layout.Meta.none()));
            return;
        }
        String title = request.getParameter("title");
        String body = withMarkup(request.getParameter("body"), request.getParameter("markup"));
        boolean taken = title != null && pages.findByTitle(spaceKey, title.trim()).isPresent();
        Submission submission = Submission.of(title, body, taken ? "A page with this title exists already in this space." : null);
        if (submission.error() != null) {
            createForm(request, response, spaceKey, title, body, submission.error());
            return;
        }
        long id = pages.create(spaceKey, title.trim(), submission.storage(), user().getKey().getStringValue());
        events.publish(new PageCreateEvent(this, pages.asConfluencePage(id).orElseThrow()));
        response.sendRedirect("/pages/viewpage.action?pageId=" + id);
    }

    /** A submitted title and body: the storage format to save (macro ids assigned), or why it cannot be saved. */
    private record Submission(String storage, String error) {
        static Submission of(String title, String body, String conflict) {
            String error = validate(title, body);
            if (error == null) {
                error = conflict;
            }
            if (error != null) {
                return new Submission(null, error);
            }
            try {
                return new Submission(StorageMacros.assignMissingMacroIds(body), null);
            } catch (MalformedStorageException e) {
                return new Submission(null, "The page is not valid storage format: " + e.getMessage());
            }
        }
    }

    private static String trashForm(HttpServletRequest request, long pageId) {
        return "<form class=\"aui outloud-preview-inline\" method=\"post\" action=\"/pages/trashpage.action?pageId=" + pageId + "\">"
                + FormTokens.hiddenField(request) + "<button class=\"aui-button\" type=\"submit\" id=\"trash-page\">Move to trash</button></form>";
    }

    /** Moving to the trash needs edit permission, as in Confluence's default permission scheme for pages. */
    private void trash(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredPage> page = viewable(request);
        if (page.isEmpty() || !permissions.hasPermission(user(), Permission.EDIT, pages.toConfluencePage(page.get()))) {
            notFound(request, response);
            return;
        }
        pages.setTrashed(page.get().id(), true);
        events.publish(new PageTrashedEvent(this, pages.toConfluencePage(page.get()), user(), false));
        response.sendRedirect("/#space-" + Html.url(page.get().spaceKey()));
    }

    /** Restoring and purging are for space admins, from the space's trash. */
    private void restoreOrPurge(HttpServletRequest request, HttpServletResponse response, boolean purge) throws IOException {
        Optional<StoredPage> page = pageId(request).flatMap(pages::find).filter(StoredPage::trashed);
        Optional<Space> space = page.flatMap(p -> spaces.space(p.spaceKey()));
        if (space.isEmpty() || !permissions.hasPermission(user(), Permission.ADMINISTER, space.get())) {
            notFound(request, response);
            return;
        }
        Page confluencePage = pages.toConfluencePage(page.get());
        if (purge) {
            pages.purge(page.get().id());
            events.publish(new PageRemoveEvent(this, confluencePage));
            response.sendRedirect("/#space-" + Html.url(space.get().getKey()));
        } else {
            pages.setTrashed(page.get().id(), false);
            events.publish(new PageRestoreEvent(this, confluencePage));
            response.sendRedirect("/pages/viewpage.action?pageId=" + page.get().id());
        }
    }

    private static Optional<Long> pageId(HttpServletRequest request) {
        try {
            return Optional.of(Long.parseLong(request.getParameter("pageId")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The body with what was typed under "Insert markup" appended, converted as Confluence's dialog does. */
    private static String withMarkup(String body, String markup) {
        String inserted = WikiMarkup.toStorage(markup);
        return inserted.isEmpty() || body == null ? body : body + inserted;
    }

    private static String validate(String title, String body) {
        if (title == null || title.isBlank()) {
            return "Give the page a title.";
        }
        if (title.length() > MAX_TITLE) {
            return "The title is too long (at most " + MAX_TITLE + " characters).";
        }
        if (body == null) {
            return "The page has no body.";
        }
        if (body.length() > MAX_BODY) {
            return tooLong();
        }
        return null;
    }

    private static String tooLong() {
        return "The page is too long (at most " + MAX_BODY + " characters of storage format).";
    }

    /** False when the form is over the container's limit ({@link #MAX_FORM_BYTES}), which it refuses to read. */
    private static boolean formReadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String editor(String action, String spaceKey, String title, String body, String error, HttpServletRequest request) {
        String errorBox = error == null ? "" : "<div class=\"aui-message aui-message-error\" role=\"alert\" id=\"editor-error\"><p>" + Html.escape(error) + "</p></div>";
        String space = spaceKey == null ? "" : "<input type=\"hidden\" name=\"spaceKey\" value=\"" + Html.escape(spaceKey) + "\">";
        return errorBox + """
                <form class="aui" method="post" action="%s" id="page-editor">
                  %s%s
                  <div class="field-group"><label for="title">Title</label>
                    <input class="text long-field" type="text" id="title" name="title" maxlength="%d" value="%s"></div>
                  <div class="field-group"><label for="body">Body (Confluence storage format)</label>
                    <textarea class="textarea" id="body" name="body" rows="24" cols="100" spellcheck="false">%s</textarea>
                    <div class="description">Insert a macro, e.g. &lt;ac:structured-macro ac:name="working-out-loud"&gt;&lt;ac:parameter ac:name="status"&gt;stuck&lt;/ac:parameter&gt;&lt;ac:rich-text-body&gt;&lt;p&gt;...&lt;/p&gt;&lt;/ac:rich-text-body&gt;&lt;/ac:structured-macro&gt;</div></div>
                  <div class="field-group"><label for="markup">Insert markup (Confluence wiki markup, added at the end)</label>
                    <textarea class="textarea" id="markup" name="markup" rows="3" cols="100" spellcheck="false"></textarea>
                    <div class="description">As Confluence's Insert, Markup dialog: e.g. {working-out-loud:status=done|answers=12}What I learned{working-out-loud}</div></div>
                  <div class="buttons-container"><div class="buttons"><button class="aui-button aui-button-primary" type="submit" id="save-page">Save</button></div></div>
                </form>
                """.formatted(Html.escape(action), FormTokens.hiddenField(request), space, MAX_TITLE, Html.escape(title), Html.escape(body));
    }

    private Optional<StoredPage> viewable(HttpServletRequest request) {
        return pageId(request).flatMap(pages::find).filter(p -> permissions.hasPermission(user(), Permission.VIEW, pages.toConfluencePage(p)));
    }

    private List<Layout.Crumb> crumbs(Space space, StoredPage page) {
        if (page == null) {
            return List.of(new Layout.Crumb("Spaces", "/"), new Layout.Crumb(space.getName(), "/#space-" + space.getKey()));
        }
        return List.of(new Layout.Crumb("Spaces", "/"), new Layout.Crumb(space.getName(), "/#space-" + space.getKey()),
                new Layout.Crumb(page.title(), "/pages/viewpage.action?pageId=" + page.id()));
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, 404, layout.page(request, "Page not found", List.of(new Layout.Crumb("Spaces", "/")),
                "<div class=\"aui-message aui-message-warning\"><p>The page does not exist, or you may not view it.</p></div>", Layout.Meta.none()));
    }

    private static String action(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1);
    }

    private static ConfluenceUser user() {
        return AuthenticatedUserThreadLocal.get();
    }

    static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
