package io.outloud.follow;

import io.outloud.common.Keyset;

import java.time.Instant;
import java.util.Objects;

/** One person following one target; only the follower ever sees it. */
public record Follow(long id, String followerKey, FollowKind kind, String target, Instant createdAt) {
    public Follow {
        Objects.requireNonNull(followerKey);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(target);
        Objects.requireNonNull(createdAt);
    }

    public Keyset position() {
        return Keyset.of(createdAt, id);
    }
}
