package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/** Confluence: decides what a user may do with a target (a page, a space, ...). A null user is anonymous. */
public interface PermissionManager {

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);
}
