package io.outloud.settings;

/** Port: whether the current person administers a space (Confluence's space permission, not the site's). */
public interface SpaceAdmins {
    /** False for a space that does not exist, for anonymous people and for everyone without the space's admin permission. */
    boolean isSpaceAdmin(String spaceKey);
}
