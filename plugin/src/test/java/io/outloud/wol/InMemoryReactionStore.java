package io.outloud.wol;

import io.outloud.common.Keyset;

import java.util.Comparator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reaction store's contract in memory, counting calls so tests can prove it was not touched. */
public final class InMemoryReactionStore implements ReactionStore {
    private record Row(long id, long pageId, Reaction reaction, Instant at) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private long nextId = 1;
    private int calls;

    @Override
    public synchronized boolean toggle(long pageId, String macroId, String userKey, ReactionKind kind, Instant at) {
        calls++;
        String key = pageId + "|" + macroId + "|" + userKey + "|" + kind;
        if (rows.remove(key) != null) {
            return false;
        }
        rows.put(key, new Row(nextId++, pageId, new Reaction(macroId, userKey, kind), at));
        return true;
    }

    @Override
    public synchronized List<Reaction> forBlock(long pageId, String macroId) {
        calls++;
        List<Reaction> found = new ArrayList<>();
        for (Row row : rows.values()) {
            if (row.pageId() == pageId && row.reaction().macroId().equals(macroId)) {
                found.add(row.reaction());
            }
        }
        return found;
    }

    @Override
    public synchronized List<Reactor> reactors(long pageId, String macroId, ReactionKind kind, Keyset after, int limit) {
        calls++;
        return rows.values().stream()
                .filter(row -> row.pageId() == pageId && row.reaction().macroId().equals(macroId) && row.reaction().kind() == kind)
                .map(row -> new Reactor(row.id(), row.reaction().userKey(), row.at()))
                .filter(r -> after == null || r.reactedAt().toEpochMilli() > after.createdAtMillis()
                        || (r.reactedAt().toEpochMilli() == after.createdAtMillis() && r.id() > after.id()))
                .sorted(Comparator.comparing(Reactor::reactedAt).thenComparing(Reactor::id))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<Reaction> forPage(long pageId) {
        calls++;
        List<Reaction> found = new ArrayList<>();
        for (Row row : rows.values()) {
            if (row.pageId() == pageId) {
                found.add(row.reaction());
            }
        }
        return found;
    }

    @Override
    public synchronized int deleteByPage(long pageId) {
        calls++;
        int before = rows.size();
        rows.values().removeIf(row -> row.pageId() == pageId);
        return before - rows.size();
    }

    synchronized int calls() {
        return calls;
    }

    synchronized int size() {
        return rows.size();
    }

    synchronized List<Instant> times() {
        return rows.values().stream().map(Row::at).toList();
    }

    synchronized List<Long> pageIds() {
        return rows.values().stream().map(Row::pageId).toList();
    }
}
