package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** Confluence: finds users. */
public interface UserAccessor {
    /** The user with this key, or null. */
    ConfluenceUser getUserByKey(UserKey key);
}
