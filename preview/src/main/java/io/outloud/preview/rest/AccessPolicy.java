package io.outloud.preview.rest;

import com.atlassian.confluence.user.ConfluenceUser;

/** What the site allows: whether anonymous access is on, and who is an administrator. */
public interface AccessPolicy {
    boolean anonymousAccessEnabled();

    boolean isLicensed(ConfluenceUser user);

    boolean isSiteAdmin(ConfluenceUser user);
}
