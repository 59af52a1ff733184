package io.outloud.preview.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;

import java.util.Optional;
import java.util.Set;

/**
 * Confluence's permission rules as far as the app meets them: space permissions per user, anonymous viewing
 * per space, and page view restrictions. A trashed page is viewable by nobody through the API.
 */
public final class PreviewPermissionManager implements PermissionManager {
    private final SpaceDirectory spaces;
    private final PageRepository pages;

    public PreviewPermissionManager(SpaceDirectory spaces, PageRepository pages) {
        this.spaces = spaces;
        this.pages = pages;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (target instanceof AbstractPage page) {
            return onPage(user, permission, page.getId());
        }
        if (target instanceof Space space) {
            return onSpace(user, permission, space.getKey());
        }
        return false;
    }

    private boolean onPage(ConfluenceUser user, Permission permission, long pageId) {
        Optional<StoredPage> page = pages.find(pageId);
        if (page.isEmpty() || page.get().trashed()) {
            return false;
        }
        if (!onSpace(user, permission, page.get().spaceKey())) {
            return false;
        }
        Set<String> viewers = pages.viewers(pageId);
        return viewers.isEmpty() || (user != null && viewers.contains(user.getKey().getStringValue()));
    }

    private boolean onSpace(ConfluenceUser user, Permission permission, String spaceKey) {
        if (user == null) {
            return permission == Permission.VIEW && spaces.anonymousView(spaceKey);
        }
        Set<SpacePermission> granted = spaces.permissions(spaceKey, user.getKey().getStringValue());
        if (permission == Permission.VIEW) {
            return granted.contains(SpacePermission.VIEW) || spaces.anonymousView(spaceKey);
        }
        if (permission == Permission.EDIT) {
            return granted.contains(SpacePermission.EDIT);
        }
        if (permission == Permission.ADMINISTER) {
            return granted.contains(SpacePermission.ADMIN);
        }
        return false;
    }
}
