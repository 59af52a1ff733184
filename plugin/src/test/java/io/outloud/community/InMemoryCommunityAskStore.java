package io.outloud.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Communities' asks in memory, newest first as the AO store gives them. */
public final class InMemoryCommunityAskStore implements CommunityAskStore {
    private final List<CommunityAsk> asks = new ArrayList<>();
    /** Ids are never reused, as the database's are not (asks.size() + 1 repeated ids after a community was removed). */
    private long nextId = 1;

    @Override
    public synchronized CommunityAsk add(String communityKey, String askerKey, String text, Instant at) {
        CommunityAsk ask = new CommunityAsk(nextId++, communityKey, askerKey, text, at);
        asks.add(ask);
        return ask;
    }

    @Override
    public synchronized List<CommunityAsk> recent(Collection<String> communityKeys, Instant since, int limit) {
        return asks.stream().filter(a -> communityKeys.contains(a.communityKey()) && !a.at().isBefore(since))
                .sorted(Comparator.comparing(CommunityAsk::at).thenComparingLong(CommunityAsk::id).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized int deleteCommunity(String communityKey) {
        int before = asks.size();
        asks.removeIf(a -> a.communityKey().equals(communityKey));
        return before - asks.size();
    }
}
