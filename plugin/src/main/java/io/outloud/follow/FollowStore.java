package io.outloud.follow;

import io.outloud.common.Keyset;

import java.time.Instant;
import java.util.List;

/** Persistence port of follows. One row per follower and target (the store refuses a second). */
public interface FollowStore {

    /** Adds the follow unless the follower already follows the target; true when a row was added. */
    boolean add(String followerKey, FollowKind kind, String target, Instant at);

    /** True when there was a follow to remove. */
    boolean remove(String followerKey, FollowKind kind, String target);

    int count(String followerKey);

    /** The follower's follows, newest first, strictly past {@code after} (null: from the newest), at most {@code limit}. */
    List<Follow> mine(String followerKey, Keyset after, int limit);

    /** Every follow of the follower (at most {@link FollowService#MAX_FOLLOWS}), in one statement. */
    List<Follow> all(String followerKey);
}
