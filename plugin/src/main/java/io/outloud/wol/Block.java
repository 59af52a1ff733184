package io.outloud.wol;

import io.outloud.content.MacroIdentity;
import java.time.Instant;
import java.util.Objects;

/**
 * A working-out-loud block as stored: identified by the macro id Confluence gives the macro in the page,
 * so that it survives page edits and moves, and owned by the person who created it. {@code gettingHelp}: its author
 * accepted an offer of help and has not reopened it, so a stuck block no longer counts as needing help.
 */
public record Block(long id, MacroIdentity identity, String authorKey, BlockStatus status, Instant createdAt, boolean gettingHelp) {

    /** The code of the status as readers see it: a stuck block someone is helping with reads "getting help". */
    public static final String GETTING_HELP = "getting-help";

    public Block {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Block(long id, MacroIdentity identity, String authorKey, BlockStatus status, Instant createdAt) {
        this(id, identity, authorKey, status, createdAt, false);
    }

    /** The status code readers see: the author's own, except a stuck block that is getting help. */
    public String shownStatusCode() {
        return shownStatusCode(status, gettingHelp);
    }

    public static String shownStatusCode(BlockStatus status, boolean gettingHelp) {
        return status == BlockStatus.STUCK && gettingHelp ? GETTING_HELP : status.code();
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
