package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** Confluence: a user, identified for good by its key (usernames can change). */
public interface ConfluenceUser extends User {
    UserKey getKey();
}
