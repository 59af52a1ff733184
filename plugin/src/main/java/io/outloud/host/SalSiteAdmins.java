package io.outloud.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.outloud.settings.SiteAdmins;

/** {@link SiteAdmins} through SAL: system administrators, as the settings resource's annotation requires. */
public class SalSiteAdmins implements SiteAdmins {
    private final UserManager userManager;

    public SalSiteAdmins(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public boolean isSiteAdmin(String userKey) {
        return userKey != null && userManager.isSystemAdmin(new UserKey(userKey));
    }
}
