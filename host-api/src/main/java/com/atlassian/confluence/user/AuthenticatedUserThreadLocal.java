package com.atlassian.confluence.user;

/**
 * Confluence: the user of the current request. The setter is Confluence's too (its authentication filter
 * calls it); the preview's request filter does the same.
 */
public class AuthenticatedUserThreadLocal {
    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    /** The current user, or null when anonymous. */
    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void set(ConfluenceUser user) {
        if (user == null) {
            USER.remove();
        } else {
            USER.set(user);
        }
    }

    public static void reset() {
        USER.remove();
    }
}
