package io.outloud.follow.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.ao.KeysetSql;
import io.outloud.follow.Follow;
import io.outloud.follow.FollowKind;
import io.outloud.follow.FollowService;
import io.outloud.follow.FollowStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** {@link FollowStore} on Active Objects: one row per follow, FOLLOW_KEY unique per follower and target. */
public class AoFollowStore implements FollowStore {
    private final ActiveObjects ao;

    public AoFollowStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean add(String followerKey, FollowKind kind, String target, Instant at) {
        String followKey = followKey(followerKey, kind, target);
        if (ao.count(AoFollow.class, Query.select().where(AoFollow.FOLLOW_KEY + " = ?", followKey)) > 0) {
            return false;
        }
        try {
            // In a transaction of its own: PostgreSQL aborts a transaction after a failed insert.
            ao.executeInTransaction(() -> ao.create(AoFollow.class,
                    new DBParam(AoFollow.FOLLOWER_KEY, followerKey),
                    new DBParam(AoFollow.KIND, kind.name()),
                    new DBParam(AoFollow.TARGET, target),
                    new DBParam(AoFollow.FOLLOW_KEY, followKey),
                    new DBParam(AoFollow.CREATED_AT, at.toEpochMilli())));
            return true;
        } catch (RuntimeException e) {
            // A concurrent request added the same follow first: the unique key refused ours.
            if (ao.count(AoFollow.class, Query.select().where(AoFollow.FOLLOW_KEY + " = ?", followKey)) > 0) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean remove(String followerKey, FollowKind kind, String target) {
        return ao.deleteWithSQL(AoFollow.class, AoFollow.FOLLOW_KEY + " = ?", followKey(followerKey, kind, target)) > 0;
    }

    @Override
    public int count(String followerKey) {
        return ao.count(AoFollow.class, Query.select().where(AoFollow.FOLLOWER_KEY + " = ?", followerKey));
    }

    @Override
    public List<Follow> mine(String followerKey, Keyset after, int limit) {
        String where = AoFollow.FOLLOWER_KEY + " = ?" + KeysetSql.past(AoFollow.CREATED_AT, after, false);
        return Arrays.stream(ao.find(AoFollow.class, Query.select().where(where, KeysetSql.parameters(List.of(followerKey), after))
                .order(KeysetSql.order(AoFollow.CREATED_AT, false)).limit(limit))).map(AoFollowStore::toFollow).toList();
    }

    @Override
    public List<Follow> all(String followerKey) {
        return Arrays.stream(ao.find(AoFollow.class, Query.select().where(AoFollow.FOLLOWER_KEY + " = ?", followerKey)
                .order(KeysetSql.order(AoFollow.CREATED_AT, false)).limit(FollowService.MAX_FOLLOWS))).map(AoFollowStore::toFollow).toList();
    }

    private static Follow toFollow(AoFollow row) {
        return new Follow(row.getID(), row.getFollowerKey(), FollowKind.valueOf(row.getKind()), row.getTarget(),
                Instant.ofEpochMilli(row.getCreatedAt()));
    }

    /** A fixed-length key per follower and target (the two keys together may be longer than an indexed column). */
    static String followKey(String followerKey, FollowKind kind, String target) {
        String identity = followerKey.length() + ":" + followerKey + "|" + kind.name() + "|" + target;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
