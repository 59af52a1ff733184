package io.outloud.preview.host;

/** Space permissions the preview grants per user, as Confluence's space permission screen would. */
public enum SpacePermission {
    VIEW,
    EDIT,
    ADMIN
}
