package io.outloud.wol;

import io.outloud.common.Keyset;

import java.time.Instant;

/** One person who reacted with one kind, with where they stand in the list of that kind (when, then the row id). */
public record Reactor(long id, String userKey, Instant reactedAt) {

    public Keyset position() {
        return Keyset.of(reactedAt, id);
    }
}
