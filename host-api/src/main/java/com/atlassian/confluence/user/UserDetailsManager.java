package com.atlassian.confluence.user;

import com.atlassian.user.User;

/** Confluence: the profile fields of a user (e.g. "department", "position", "phone"). */
public interface UserDetailsManager {
    String getStringProperty(User user, String key);
}
