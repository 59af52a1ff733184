package io.outloud.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.outloud.content.MacroSwitch;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;

import java.util.Optional;

/**
 * {@link PageAccess} through Confluence's PageManager and PermissionManager, for the user of the request (and, with a
 * UserAccessor, for any user by key: what a notice may show its recipient).
 */
public class ConfluencePageAccess implements PageAccess {
    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;
    private final MacroSwitch macros;

    public ConfluencePageAccess(PageManager pageManager, PermissionManager permissionManager) {
        this(pageManager, permissionManager, null);
    }

    public ConfluencePageAccess(PageManager pageManager, PermissionManager permissionManager, UserAccessor userAccessor) {
        this(pageManager, permissionManager, userAccessor, MacroSwitch.ALL_ON);
    }

    /** With the space admins' switches: what the use cases refuse to change while a macro is off. */
    public ConfluencePageAccess(PageManager pageManager, PermissionManager permissionManager, UserAccessor userAccessor, MacroSwitch macros) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
        this.macros = macros;
    }

    @Override
    public MacroSwitch macros() {
        return macros;
    }

    @Override
    public Optional<PageRef> viewablePage(long pageId) {
        if (pageId <= 0) {
            return Optional.empty();
        }
        AbstractPage page = pageManager.getAbstractPage(pageId);
        // An old version of a page has an id of its own: its macros keep no data (feedback, reactions) of their own.
        if (page == null || !page.isLatestVersion() || !permissionManager.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW, page)) {
            return Optional.empty();
        }
        return Optional.of(new PageRef(page.getId(), page.getSpaceKey(), page.getTitle(), page.getBodyAsString()));
    }

    @Override
    public Optional<PageRef> viewablePageFor(String userKey, long pageId) {
        if (userAccessor == null || userKey == null || userKey.isEmpty() || pageId <= 0) {
            return Optional.empty();
        }
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        AbstractPage page = user == null ? null : pageManager.getAbstractPage(pageId);
        if (page == null || !page.isLatestVersion() || !permissionManager.hasPermission(user, Permission.VIEW, page)) {
            return Optional.empty();
        }
        return Optional.of(new PageRef(page.getId(), page.getSpaceKey(), page.getTitle(), page.getBodyAsString()));
    }

    @Override
    public boolean mayEdit(long pageId) {
        if (pageId <= 0) {
            return false;
        }
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page != null && page.isLatestVersion() && permissionManager.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, page);
    }
}
