package com.atlassian.sal.api;

/** SAL: facts about the host application. Only the base URL is declared; the other members are omitted. */
public interface ApplicationProperties {
    /** {@link UrlMode#CANONICAL}: the site's configured base URL (Confluence's "Server base URL"), without a trailing slash. */
    String getBaseUrl(UrlMode urlMode);
}
