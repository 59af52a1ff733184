package io.outloud.settings;

/** Port: who may change the site's settings. */
public interface SiteAdmins {
    boolean isSiteAdmin(String userKey);
}
