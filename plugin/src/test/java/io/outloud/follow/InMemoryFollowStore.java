package io.outloud.follow;

import io.outloud.common.Keyset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The follow store's contract in memory, counting reads of a person's whole set. */
final class InMemoryFollowStore implements FollowStore {
    private final List<Follow> rows = new ArrayList<>();
    private long nextId = 1;
    int wholeReads;

    @Override
    public synchronized boolean add(String followerKey, FollowKind kind, String target, Instant at) {
        if (rows.stream().anyMatch(f -> f.followerKey().equals(followerKey) && f.kind() == kind && f.target().equals(target))) {
            return false;
        }
        rows.add(new Follow(nextId++, followerKey, kind, target, at));
        return true;
    }

    @Override
    public synchronized boolean remove(String followerKey, FollowKind kind, String target) {
        return rows.removeIf(f -> f.followerKey().equals(followerKey) && f.kind() == kind && f.target().equals(target));
    }

    @Override
    public synchronized int count(String followerKey) {
        return (int) rows.stream().filter(f -> f.followerKey().equals(followerKey)).count();
    }

    @Override
    public synchronized List<Follow> mine(String followerKey, Keyset after, int limit) {
        return newestFirst(followerKey).stream()
                .filter(f -> after == null || f.createdAt().toEpochMilli() < after.createdAtMillis()
                        || (f.createdAt().toEpochMilli() == after.createdAtMillis() && f.id() < after.id()))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<Follow> all(String followerKey) {
        wholeReads++;
        return newestFirst(followerKey).stream().limit(FollowService.MAX_FOLLOWS).toList();
    }

    private List<Follow> newestFirst(String followerKey) {
        return rows.stream().filter(f -> f.followerKey().equals(followerKey))
                .sorted(Comparator.comparing(Follow::createdAt).thenComparingLong(Follow::id).reversed()).toList();
    }
}
