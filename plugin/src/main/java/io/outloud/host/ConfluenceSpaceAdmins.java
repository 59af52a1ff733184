package io.outloud.host;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.outloud.settings.SpaceAdmins;

/**
 * {@link SpaceAdmins} through Confluence: the space's ADMINISTER permission for the user of the request, as Confluence's
 * own space tools decide who sees them (SpaceToolsTabsHelper asks the same of PermissionManager).
 */
public class ConfluenceSpaceAdmins implements SpaceAdmins {
    private final SpaceManager spaceManager;
    private final PermissionManager permissionManager;

    public ConfluenceSpaceAdmins(SpaceManager spaceManager, PermissionManager permissionManager) {
        this.spaceManager = spaceManager;
        this.permissionManager = permissionManager;
    }

    @Override
    public boolean isSpaceAdmin(String spaceKey) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (user == null || spaceKey == null) {
            return false;
        }
        Space space = spaceManager.getSpace(spaceKey);
        return space != null && permissionManager.hasPermission(user, Permission.ADMINISTER, space);
    }
}
