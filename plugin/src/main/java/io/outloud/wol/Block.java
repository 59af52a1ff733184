package io.outloud.wol;

import io.outloud.content.MacroIdentity;
import java.time.Instant;
import java.util.Objects;

/**
 * A working-out-loud block as stored: identified by the macro id Confluence gives the macro in the page,
 * so that it survives page edits and moves, and owned by the person who created it.
 */
public record Block(long id, MacroIdentity identity, String authorKey, BlockStatus status, Instant createdAt) {

    public Block {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public String macroId() {
        return identity.macroId();
    }

    public long pageId() {
        return identity.pageId();
    }

    public String spaceKey() {
        return identity.spaceKey();
    }
}
