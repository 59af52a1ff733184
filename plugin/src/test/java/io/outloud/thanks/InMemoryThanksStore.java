package io.outloud.thanks;

import io.outloud.common.Keyset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link ThanksStore} in memory, answering as the Active Objects store does (its test proves the same cases). */
public final class InMemoryThanksStore implements ThanksStore {
    private final List<Thanks> rows = new ArrayList<>();
    private final Map<String, Boolean> summaryPublic = new HashMap<>();
    private long nextId = 1;

    private static final Comparator<Thanks> NEWEST_FIRST = Comparator.comparing(Thanks::createdAt).thenComparing(Thanks::id).reversed();

    @Override
    public synchronized Optional<Thanks> add(String thankerKey, String receiverKey, Occasion occasion, long occasionId, String note, boolean hidden,
                                             Instant at) {
        boolean twice = rows.stream().anyMatch(t -> t.thankerKey().equals(thankerKey) && t.receiverKey().equals(receiverKey)
                && t.occasion() == occasion && t.occasionId() == occasionId);
        if (twice) {
            return Optional.empty();
        }
        Thanks thanks = new Thanks(nextId++, thankerKey, receiverKey, occasion, occasionId, note, hidden, false, at);
        rows.add(thanks);
        return Optional.of(thanks);
    }

    @Override
    public synchronized Optional<Thanks> find(long id) {
        return rows.stream().filter(t -> t.id() == id).findFirst();
    }

    @Override
    public synchronized List<Thanks> received(String receiverKey, Keyset after, int limit) {
        return rows.stream().filter(t -> t.receiverKey().equals(receiverKey))
                .filter(t -> after == null || before(t, after))
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    private static boolean before(Thanks t, Keyset after) {
        long at = t.createdAt().toEpochMilli();
        return at < after.createdAtMillis() || at == after.createdAtMillis() && t.id() < after.id();
    }

    @Override
    public synchronized Set<Long> thankedAmong(String thankerKey, Occasion occasion, Collection<Long> occasionIds) {
        return rows.stream().filter(t -> t.thankerKey().equals(thankerKey) && t.occasion() == occasion && occasionIds.contains(t.occasionId()))
                .map(Thanks::occasionId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public synchronized boolean setShown(long id, String receiverKey, boolean shown) {
        for (int i = 0; i < rows.size(); i++) {
            Thanks t = rows.get(i);
            if (t.id() == id && t.receiverKey().equals(receiverKey)) {
                rows.set(i, new Thanks(t.id(), t.thankerKey(), t.receiverKey(), t.occasion(), t.occasionId(), t.note(), t.hidden(), shown, t.createdAt()));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized Set<String> thankersSince(String receiverKey, Instant since, int limit) {
        return rows.stream().filter(t -> t.receiverKey().equals(receiverKey) && !t.createdAt().isBefore(since)).sorted(NEWEST_FIRST)
                .limit(limit).map(Thanks::thankerKey).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public synchronized List<Thanks> shownOf(Collection<String> receiverKeys, int limit) {
        return rows.stream().filter(t -> t.shown() && receiverKeys.contains(t.receiverKey())).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public synchronized boolean summaryPublic(String userKey) {
        return summaryPublic.getOrDefault(userKey, false);
    }

    @Override
    public synchronized void setSummaryPublic(String userKey, boolean isPublic) {
        summaryPublic.put(userKey, isPublic);
    }

    @Override
    public synchronized Set<String> summaryPublicAmong(Collection<String> userKeys) {
        return userKeys.stream().filter(this::summaryPublic).collect(Collectors.toSet());
    }
}
