package io.outloud.settings;

import java.time.Instant;

/**
 * One entry of the privacy audit: when, who did it ("" for the app itself: a user removal, the daily sweep), what, and
 * about whom where that may be kept (the exported person; never the erased one). Keys of people erased later read
 * {@link io.outloud.common.privacy.TextsOnErasure#ERASED}.
 */
public record AuditEntry(long id, Instant at, String actorKey, AuditKind kind, String subjectKey, String detail) {
}
