package io.outloud.spacetools;

import java.time.Instant;

/**
 * One removal by a space admin: who removed what ({@link Kind}, its id, the block or thought it was on, whose it was),
 * when, and in which space. Kept in the app's own table; the text removed is not kept.
 */
public record ModerationRecord(long id, String spaceKey, String moderatorKey, Kind kind, long itemId, long pageId, String macroId,
                               String authorKey, Instant at) {

    /** What was removed. */
    public enum Kind {
        REPLY, FEEDBACK;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
