package io.outloud.thought;

import io.outloud.common.InMemoryKeyset;
import io.outloud.common.Keyset;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The feedback store's contract in memory, as {@code AoFeedbackStore} keeps it: oldest first, taken in once. */
public final class InMemoryFeedbackStore implements FeedbackStore {
    private static final Comparator<Feedback> OLDEST_FIRST = Comparator.comparing(Feedback::createdAt).thenComparingLong(Feedback::id);

    private final Map<Long, Feedback> pieces = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Feedback add(long pageId, String macroId, String giverKey, FeedbackKind kind, String text, boolean unnamed,
                                     boolean authorOnly, Instant at) {
        Feedback piece = new Feedback(nextId++, pageId, macroId, giverKey, kind, text, unnamed, authorOnly, at, null, null);
        pieces.put(piece.id(), piece);
        return piece;
    }

    @Override
    public synchronized Optional<Feedback> find(long feedbackId) {
        return Optional.ofNullable(pieces.get(feedbackId));
    }

    @Override
    public synchronized void edit(long feedbackId, FeedbackKind kind, String text, Instant at) {
        Feedback f = pieces.get(feedbackId);
        if (f != null) {
            pieces.put(feedbackId, new Feedback(f.id(), f.pageId(), f.macroId(), f.giverKey(), kind, text, f.unnamed(), f.authorOnly(), f.createdAt(), at,
                    f.takenInAt()));
        }
    }

    @Override
    public synchronized void delete(long feedbackId) {
        pieces.remove(feedbackId);
    }

    @Override
    public synchronized boolean takeIn(long feedbackId, Instant at) {
        Feedback f = pieces.get(feedbackId);
        if (f == null || f.takenIn()) {
            return false;
        }
        pieces.put(feedbackId, new Feedback(f.id(), f.pageId(), f.macroId(), f.giverKey(), f.kind(), f.text(), f.unnamed(), f.authorOnly(), f.createdAt(),
                f.editedAt(), at));
        return true;
    }

    @Override
    public synchronized List<Feedback> forThought(long pageId, String macroId) {
        return pieces.values().stream().filter(f -> f.on(pageId, macroId)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized List<Feedback> page(long pageId, String macroId, Visible visible, Keyset after, int limit) {
        return InMemoryKeyset.page(visible(pageId, macroId, visible), Feedback::createdAt, Feedback::id, after, true, limit);
    }

    @Override
    public synchronized int count(long pageId, String macroId, Visible visible) {
        return (int) visible(pageId, macroId, visible).count();
    }

    private java.util.stream.Stream<Feedback> visible(long pageId, String macroId, Visible visible) {
        return pieces.values().stream().filter(f -> f.on(pageId, macroId))
                .filter(f -> visible.everything() || f.giverKey().equals(visible.readerKey()) || (visible.shared() && !f.authorOnly()));
    }

    @Override
    public synchronized List<Feedback> forPage(long pageId) {
        return pieces.values().stream().filter(f -> f.pageId() == pageId).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized Map<String, int[]> countsFor(Collection<Thought> thoughts) {
        Set<String> wanted = new HashSet<>();
        thoughts.forEach(t -> wanted.add(t.pageId() + "/" + t.macroId()));
        Map<String, int[]> counts = new HashMap<>();
        for (Feedback f : pieces.values()) {
            String key = f.pageId() + "/" + f.macroId();
            if (wanted.contains(key)) {
                int[] count = counts.computeIfAbsent(key, k -> new int[2]);
                count[0]++;
                if (!f.takenIn()) {
                    count[1]++;
                }
            }
        }
        return counts;
    }

    @Override
    public synchronized int deleteByPage(long pageId) {
        int before = pieces.size();
        pieces.values().removeIf(f -> f.pageId() == pageId);
        return before - pieces.size();
    }

    public synchronized int size() {
        return pieces.size();
    }
}
