package io.outloud.thought;

import io.outloud.common.privacy.TextsOnErasure;

import java.time.Instant;
import java.util.Objects;

/**
 * One piece of feedback on a thought: its kind, an optional text, and who gave it. The giver is always recorded
 * (for abuse handling by site admins), even when {@code unnamed}: then nobody else is told who it was.
 * {@code authorOnly}: given while the thought showed feedback to its author only, so it stays theirs to read.
 * {@code takenInAt} is set once the thought's author took it in (null until then).
 */
public record Feedback(long id, long pageId, String macroId, String giverKey, FeedbackKind kind, String text, boolean unnamed,
                       boolean authorOnly, Instant createdAt, Instant editedAt, Instant takenInAt) {

    public Feedback {
        Objects.requireNonNull(macroId, "macroId");
        Objects.requireNonNull(giverKey, "giverKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        text = text == null ? "" : text;
    }

    public boolean takenIn() {
        return takenInAt != null;
    }

    /** The same piece without its giver's key: what leaves the service for anyone the giver is hidden from. */
    public Feedback withoutGiver() {
        return new Feedback(id, pageId, macroId, "", kind, text, unnamed, authorOnly, createdAt, editedAt, takenInAt);
    }

    /** Whether the giver is no longer known: erased, or forgotten after the site's retention period. */
    public boolean giverForgotten() {
        return TextsOnErasure.ERASED.equals(giverKey);
    }

    public boolean on(long pageId, String macroId) {
        return this.pageId == pageId && this.macroId.equals(macroId);
    }
}
