package io.outloud.wol;

import io.outloud.common.Keyset;

import java.time.Instant;

/** One person among a block's viewers, with where they stand in the list (their first view, then the row id). */
public record SeenViewer(long id, String userKey, Instant firstSeenAt) {

    public Keyset position() {
        return Keyset.of(firstSeenAt, id);
    }
}
