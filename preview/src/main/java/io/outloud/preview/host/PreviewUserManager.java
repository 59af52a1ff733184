package io.outloud.preview.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import java.net.URI;

/** SAL's UserManager: the remote user is the one the request filter authenticated. */
public final class PreviewUserManager implements UserManager {
    private final UserDirectory users;

    public PreviewUserManager(UserDirectory users) {
        this.users = users;
    }

    @Override
    public UserKey getRemoteUserKey() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? null : user.getKey();
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        if (userKey == null) {
            return null;
        }
        return users.byKey(userKey.getStringValue()).map(PreviewUserManager::profile).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(String username) {
        if (username == null) {
            return null;
        }
        return users.byUsername(username).map(PreviewUserManager::profile).orElse(null);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && users.byKey(userKey.getStringValue()).map(PreviewUser::siteAdmin).orElse(false);
    }

    private static UserProfile profile(PreviewUser user) {
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return user.getKey();
            }

            @Override
            public String getUsername() {
                return user.getName();
            }

            @Override
            public String getFullName() {
                return user.getFullName();
            }

            @Override
            public String getEmail() {
                return user.getEmail();
            }

            @Override
            public URI getProfilePictureUri() {
                return URI.create("/avatars/" + user.getName() + ".svg");
            }

            @Override
            public URI getProfilePageUri() {
                return URI.create("/people/" + user.getName());
            }
        };
    }
}
