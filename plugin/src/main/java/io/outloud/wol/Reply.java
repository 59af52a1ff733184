package io.outloud.wol;

import java.time.Instant;

/** A reply under a block: plain text, by its author; edited replies keep their first time and show the last edit. */
public record Reply(long id, long pageId, String macroId, String authorKey, String text, Instant createdAt, Instant editedAt) {

    public boolean isEdited() {
        return editedAt != null;
    }
}
