package io.outloud.thought;

import io.outloud.common.InMemoryKeyset;
import io.outloud.common.Keyset;
import io.outloud.content.MacroIdentity;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The thought store's contract in memory, as {@code AoThoughtStore} keeps it: one thought per page and macro id (a
 * second create returns the first), a page save sets the stage only when the page's parameter changed, trashed
 * thoughts leave the open lists, and a notice owed keeps the time of the first piece not yet told.
 */
public final class InMemoryThoughtStore implements ThoughtStore {
    private final Map<String, Thought> thoughts = new LinkedHashMap<>();
    private final Set<String> trashed = new HashSet<>();
    /** Thought id to the community it asks. */
    private final Map<Long, String> communities = new java.util.HashMap<>();
    private long nextId = 1;
    private int creates;

    private static String key(long pageId, String macroId) {
        return pageId + "/" + macroId;
    }

    @Override
    public synchronized Thought create(MacroIdentity identity, String authorKey, ThoughtStage stage, String question, Instant at) {
        Thought known = thoughts.get(key(identity.pageId(), identity.macroId()));
        if (known != null) {
            return known;
        }
        creates++;
        Thought thought = new Thought(nextId++, identity, authorKey, stage, stage, question, at, at, null, 0L, null);
        thoughts.put(key(identity.pageId(), identity.macroId()), thought);
        return thought;
    }

    @Override
    public synchronized Optional<Thought> find(long pageId, String macroId) {
        return Optional.ofNullable(thoughts.get(key(pageId, macroId)));
    }

    @Override
    public synchronized List<Thought> findByPage(long pageId) {
        return thoughts.values().stream().filter(t -> t.pageId() == pageId)
                .sorted(Comparator.comparing(Thought::createdAt).thenComparingLong(Thought::id)).toList();
    }

    @Override
    public synchronized void pageSaved(long pageId, String macroId, ThoughtStage pageStage, String question) {
        Thought t = thoughts.get(key(pageId, macroId));
        if (t != null) {
            boolean changed = t.pageStage() != pageStage;
            thoughts.put(key(pageId, macroId), new Thought(t.id(), t.identity(), t.authorKey(), changed ? pageStage : t.stage(), pageStage,
                    question, t.createdAt(), t.touchedAt(), t.notifiedAt(), t.notifiedUpTo(), t.owedSince()));
        }
    }

    @Override
    public synchronized void moveStage(long pageId, String macroId, ThoughtStage stage, Instant at) {
        Thought t = thoughts.get(key(pageId, macroId));
        if (t != null) {
            thoughts.put(key(pageId, macroId), new Thought(t.id(), t.identity(), t.authorKey(), stage, t.pageStage(), t.question(),
                    t.createdAt(), at, t.notifiedAt(), t.notifiedUpTo(), t.owedSince()));
        }
    }

    @Override
    public synchronized void touch(long pageId, String macroId, Instant at) {
        Thought t = thoughts.get(key(pageId, macroId));
        if (t != null) {
            thoughts.put(key(pageId, macroId), new Thought(t.id(), t.identity(), t.authorKey(), t.stage(), t.pageStage(), t.question(),
                    t.createdAt(), at, t.notifiedAt(), t.notifiedUpTo(), t.owedSince()));
        }
    }

    @Override
    public synchronized void tagCommunities(long pageId, Map<String, String> communityByMacroId) {
        thoughts.values().stream().filter(t -> t.pageId() == pageId && communityByMacroId.containsKey(t.macroId()))
                .forEach(t -> communities.put(t.id(), communityByMacroId.get(t.macroId())));
    }

    @Override
    public synchronized List<Thought> inCommunity(String communityKey, int limit) {
        return thoughts.entrySet().stream()
                .filter(e -> communityKey.equals(communities.get(e.getValue().id())) && !trashed.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing(Thought::touchedAt).reversed().thenComparing(Comparator.comparingLong(Thought::id).reversed()))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<Thought> openByAuthor(String authorKey, Keyset after, int limit) {
        return InMemoryKeyset.page(thoughts.entrySet().stream()
                .filter(e -> e.getValue().authorKey().equals(authorKey) && e.getValue().stage() != ThoughtStage.RIPE
                        && !trashed.contains(e.getKey()))
                .map(Map.Entry::getValue), Thought::createdAt, Thought::id, after, true, limit);
    }

    @Override
    public synchronized List<Long> pageIdsInSpace(String spaceKey) {
        return thoughts.values().stream().filter(t -> t.spaceKey().equals(spaceKey)).map(Thought::pageId).distinct().sorted().toList();
    }

    @Override
    public synchronized void moveToSpace(long pageId, String spaceKey) {
        thoughts.replaceAll((key, t) -> t.pageId() == pageId
                ? new Thought(t.id(), new MacroIdentity(t.macroId(), pageId, spaceKey), t.authorKey(), t.stage(), t.pageStage(), t.question(),
                t.createdAt(), t.touchedAt(), t.notifiedAt(), t.notifiedUpTo(), t.owedSince())
                : t);
    }

    @Override
    public synchronized void setTrashed(long pageId, boolean trashed) {
        thoughts.forEach((key, t) -> {
            if (t.pageId() == pageId) {
                if (trashed) {
                    this.trashed.add(key);
                } else {
                    this.trashed.remove(key);
                }
            }
        });
    }

    @Override
    public synchronized void markNoticeOwed(long thoughtId, Instant at) {
        update(thoughtId, t -> t.owedSince() != null ? t : new Thought(t.id(), t.identity(), t.authorKey(), t.stage(), t.pageStage(),
                t.question(), t.createdAt(), t.touchedAt(), t.notifiedAt(), t.notifiedUpTo(), at));
    }

    @Override
    public synchronized List<Thought> noticesOwed(Instant cutoff, int limit) {
        return thoughts.values().stream()
                .filter(t -> t.owedSince() != null && !t.owedSince().isAfter(cutoff))
                .sorted(Comparator.comparing(Thought::owedSince).thenComparingLong(Thought::id))
                .limit(limit).toList();
    }

    @Override
    public synchronized void noticeSent(long thoughtId, long upToId, Instant at) {
        update(thoughtId, t -> new Thought(t.id(), t.identity(), t.authorKey(), t.stage(), t.pageStage(), t.question(), t.createdAt(),
                t.touchedAt(), at, Math.max(t.notifiedUpTo(), upToId), null));
    }

    private void update(long thoughtId, java.util.function.UnaryOperator<Thought> change) {
        thoughts.replaceAll((key, t) -> t.id() == thoughtId ? change.apply(t) : t);
    }

    @Override
    public synchronized int deleteByPage(long pageId) {
        int before = thoughts.size();
        thoughts.entrySet().removeIf(e -> {
            boolean gone = e.getValue().pageId() == pageId;
            if (gone) {
                trashed.remove(e.getKey());
            }
            return gone;
        });
        return before - thoughts.size();
    }

    /** Whether the thought is in the trash with its page. */
    public synchronized boolean isTrashed(long pageId, String macroId) {
        return trashed.contains(key(pageId, macroId));
    }

    /** How many thoughts were created: a second registration of the same thought must not count. */
    public synchronized int creates() {
        return creates;
    }

    public synchronized int size() {
        return thoughts.size();
    }
}
