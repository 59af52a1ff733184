package com.atlassian.sal.api;

/** SAL: which form of the site's address {@link ApplicationProperties#getBaseUrl(UrlMode)} answers. */
public enum UrlMode {
    CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO
}
