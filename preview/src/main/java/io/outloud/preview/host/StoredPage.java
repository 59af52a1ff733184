package io.outloud.preview.host;

import java.time.Instant;

/** A page row: storage-format body and version, as Confluence keeps them. */
public record StoredPage(long id, String spaceKey, String title, String body, int version, String creatorKey,
                         String lastModifierKey, Instant lastModified, boolean trashed) {
}
