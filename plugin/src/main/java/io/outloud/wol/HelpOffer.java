package io.outloud.wol;

import java.time.Instant;

/** An offer of help on a block: by a helper, with a short message; the block's author may accept one. */
public record HelpOffer(long id, long pageId, String macroId, String helperKey, String message, Instant createdAt, boolean accepted) {
}
