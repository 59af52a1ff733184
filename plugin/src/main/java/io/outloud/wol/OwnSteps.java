package io.outloud.wol;

import java.time.Instant;

/**
 * Port: which working-out-loud steps one person took since a moment (read a block, reacted, replied, wrote one), for
 * their own eyes only. Four small reads, whatever the person's history.
 */
public interface OwnSteps {

    Taken since(String userKey, Instant since);

    /** Whether the person saw a colleague's block, reacted to one, replied to one, and wrote one of their own. */
    record Taken(boolean read, boolean reacted, boolean replied, boolean wrote) {
    }
}
