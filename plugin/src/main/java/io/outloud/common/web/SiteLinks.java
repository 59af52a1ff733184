package io.outloud.common.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/**
 * Links written into rendered pages: a site path ("/pages/viewpage.action?...") behind the site's context path
 * ("/confluence" where Confluence is not at the root), as SAL's relative base URL gives it.
 */
public final class SiteLinks {
    private final ApplicationProperties application;

    public SiteLinks(ApplicationProperties application) {
        this.application = application;
    }

    public String href(String sitePath) {
        String context = application.getBaseUrl(UrlMode.RELATIVE);
        if (context == null || context.equals("/")) {
            context = "";
        }
        if (context.endsWith("/")) {
            context = context.substring(0, context.length() - 1);
        }
        return context + sitePath;
    }
}
