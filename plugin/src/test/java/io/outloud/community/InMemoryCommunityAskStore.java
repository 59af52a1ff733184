package io.outloud.community;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Communities' asks in memory, newest first as the AO store gives them, with the fan-out queue's cursor per ask. */
public final class InMemoryCommunityAskStore implements CommunityAskStore {
    private final List<CommunityAsk> asks = new ArrayList<>();
    private final Set<Long> removed = new HashSet<>();
    private final Set<Long> toldAll = new HashSet<>();
    private final Map<Long, Long> toldUpTo = new HashMap<>();
    private final Set<String> claimed = new HashSet<>();
    /** Ids are never reused, as the database's are not (asks.size() + 1 repeated ids after a community was removed). */
    private long nextId = 1;

    @Override
    public synchronized Optional<CommunityAsk> add(String communityKey, String askerKey, String text, Instant at, int perDay) {
        Instant day = at.truncatedTo(ChronoUnit.DAYS);
        long asked = asks.stream().filter(a -> a.communityKey().equals(communityKey) && a.askerKey().equals(askerKey)
                && !a.at().isBefore(day) && a.at().isBefore(day.plus(1, ChronoUnit.DAYS))).count();
        if (asked >= perDay) {
            return Optional.empty();
        }
        CommunityAsk ask = new CommunityAsk(nextId++, communityKey, askerKey, text, at);
        asks.add(ask);
        toldUpTo.put(ask.id(), 0L);
        return Optional.of(ask);
    }

    @Override
    public synchronized Optional<CommunityAsk> find(long id) {
        return asks.stream().filter(a -> a.id() == id && !removed.contains(id)).findFirst();
    }

    @Override
    public synchronized List<CommunityAsk> recent(Collection<String> communityKeys, Instant since, int limit) {
        return asks.stream().filter(a -> communityKeys.contains(a.communityKey()) && !a.at().isBefore(since) && !removed.contains(a.id()))
                .sorted(Comparator.comparing(CommunityAsk::at).thenComparingLong(CommunityAsk::id).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized void remove(long id) {
        removed.add(id);
    }

    @Override
    public synchronized int deleteCommunity(String communityKey) {
        int before = asks.size();
        asks.removeIf(a -> a.communityKey().equals(communityKey));
        return before - asks.size();
    }

    @Override
    public synchronized List<Pending> pending(int limit) {
        return asks.stream().filter(a -> !toldAll.contains(a.id()) && !removed.contains(a.id()))
                .map(a -> new Pending(a, toldUpTo.get(a.id()))).limit(limit).toList();
    }

    @Override
    public synchronized boolean tellBatch(long askId, long from, long to, int told, Instant at, Runnable tell) {
        if (claimed.contains(askId + "/" + from) || removed.contains(askId) || !toldUpTo.containsKey(askId) || toldUpTo.get(askId) != from) {
            return false;
        }
        tell.run(); // a failure here keeps nothing, as the database's rollback does
        claimed.add(askId + "/" + from);
        toldUpTo.put(askId, to);
        return true;
    }

    @Override
    public synchronized void toldAll(long askId) {
        toldAll.add(askId);
    }
}
