package io.outloud.wol;

import io.outloud.common.Keyset;

import java.util.Comparator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Views in memory: one per block, person and day; viewers in order of their first view. */
final class InMemorySeenStore implements SeenStore {
    private final Set<String> views = new HashSet<>();
    private final Map<String, Map<String, String>> viewers = new LinkedHashMap<>(); // block -> person -> department
    private final Map<String, Map<String, SeenViewer>> firstViews = new HashMap<>(); // block -> person -> first view
    private long nextId = 1;

    @Override
    public synchronized boolean record(long pageId, String macroId, String userKey, String department, LocalDate day, Instant at) {
        if (!views.add(pageId + "|" + macroId + "|" + userKey + "|" + day)) {
            return false;
        }
        viewers.computeIfAbsent(pageId + "|" + macroId, k -> new LinkedHashMap<>()).putIfAbsent(userKey, department);
        firstViews.computeIfAbsent(pageId + "|" + macroId, k -> new HashMap<>())
                .computeIfAbsent(userKey, k -> new SeenViewer(nextId++, userKey, at));
        return true;
    }

    @Override
    public synchronized SeenCount count(long pageId, String macroId) {
        Map<String, String> people = viewers.getOrDefault(pageId + "|" + macroId, Map.of());
        Set<String> departments = new HashSet<>();
        people.values().stream().filter(d -> d != null && !d.isBlank()).forEach(departments::add);
        return new SeenCount(people.size(), departments.size());
    }

    @Override
    public synchronized Map<String, SeenCount> countsForPage(long pageId) {
        Map<String, SeenCount> counts = new HashMap<>();
        for (String block : viewers.keySet()) {
            if (block.startsWith(pageId + "|")) {
                String macroId = block.substring(block.indexOf('|') + 1);
                counts.put(macroId, count(pageId, macroId));
            }
        }
        return counts;
    }

    @Override
    public synchronized List<SeenViewer> viewers(long pageId, String macroId, Keyset before, int limit) {
        Comparator<SeenViewer> latestFirst = Comparator.comparing(SeenViewer::firstSeenAt).thenComparing(SeenViewer::id).reversed();
        return firstViews.getOrDefault(pageId + "|" + macroId, Map.of()).values().stream()
                .filter(v -> before == null || v.firstSeenAt().toEpochMilli() < before.createdAtMillis()
                        || (v.firstSeenAt().toEpochMilli() == before.createdAtMillis() && v.id() < before.id()))
                .sorted(latestFirst).limit(limit).toList();
    }

    @Override
    public synchronized int deleteByPage(long pageId) {
        int before = views.size();
        views.removeIf(v -> v.startsWith(pageId + "|"));
        viewers.keySet().removeIf(b -> b.startsWith(pageId + "|"));
        firstViews.keySet().removeIf(b -> b.startsWith(pageId + "|"));
        return before - views.size();
    }

    synchronized int views() {
        return views.size();
    }
}
