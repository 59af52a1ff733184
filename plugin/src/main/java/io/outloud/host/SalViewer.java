package io.outloud.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.outloud.common.Viewer;

import java.util.Optional;

/** {@link Viewer} through SAL: the user key of the current request. */
public class SalViewer implements Viewer {
    private final UserManager userManager;

    public SalViewer(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<String> userKey() {
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? Optional.empty() : Optional.of(key.getStringValue());
    }
}
