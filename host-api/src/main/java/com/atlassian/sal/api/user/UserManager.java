package com.atlassian.sal.api.user;

/** SAL: users of the host. */
public interface UserManager {
    /** The key of the user of the current request, or null when anonymous. */
    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    /** The profile of the user with this username, or null. */
    UserProfile getUserProfile(String username);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}
