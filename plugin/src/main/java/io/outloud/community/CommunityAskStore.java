package io.outloud.community;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Persistence port for communities' asks, and the queue their fan-out is drained from: each ask not yet told to
 * every member keeps how far its telling got (the id of the last membership row told).
 */
public interface CommunityAskStore {

    /**
     * Records the ask unless its asker already asked this community {@code perDay} times on this day (UTC; removed asks
     * count too). Exact under concurrent asks: each ask takes a numbered slot of its asker's day, which is unique.
     */
    Optional<CommunityAsk> add(String communityKey, String askerKey, String text, Instant at, int perDay);

    /** An ask without a limit per day (data made by tests and demos). */
    default CommunityAsk add(String communityKey, String askerKey, String text, Instant at) {
        return add(communityKey, askerKey, text, at, Integer.MAX_VALUE).orElseThrow();
    }

    /** The ask, unless it was removed. */
    Optional<CommunityAsk> find(long id);

    /** The newest asks of these communities since {@code since}, newest first, at most {@code limit}; one query. Removed ones are not. */
    List<CommunityAsk> recent(Collection<String> communityKeys, Instant since, int limit);

    /** Takes the ask out of every list and stops its fan-out; it still counts toward its asker's limit of the day. */
    void remove(long id);

    int deleteCommunity(String communityKey);

    // ---------------------------------------------------------------- the fan-out queue

    /** An ask whose members are not all told yet, and the id of the last membership row told (0: nobody yet). */
    record Pending(CommunityAsk ask, long toldUpTo) {
    }

    /** Asks not yet told to every member, oldest first, at most {@code limit}; removed ones are not. */
    List<Pending> pending(int limit);

    /**
     * Tells one batch, all or nothing, in one transaction: claims the batch of the ask that follows row {@code from}
     * (a claim is unique, so a second drainer of the same batch fails), runs {@code tell} (which writes what the app
     * keeps of the notices, in the same transaction) and moves the ask on to row {@code to}. False, with nothing kept,
     * when another drainer claimed the batch first, the ask moved on or was removed; any other failure is thrown, with
     * nothing kept either.
     */
    boolean tellBatch(long askId, long from, long to, int told, Instant at, Runnable tell);

    /** Every member of the ask was told: it leaves the queue. */
    void toldAll(long askId);
}
