package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

import java.util.List;

/** Confluence: finds users. */
public interface UserAccessor {
    /** The user with this key, or null. */
    ConfluenceUser getUserByKey(UserKey key);

    /** The names of the groups this user belongs to (empty for null). */
    List<String> getGroupNames(User user);

    /**
     * The user with this key if a directory still holds them, else null. Unlike {@link #getUserByKey}, which may still
     * answer for a removed user from Confluence's key mapping (kept so that their content keeps its author).
     */
    ConfluenceUser getExistingUserByKey(UserKey key);

    /** Whether this user is deactivated: kept (their content keeps its author) but no longer able to sign in. */
    boolean isDeactivated(User user);
}
