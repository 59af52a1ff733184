package io.outloud.wol;

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

    @Override
    public synchronized boolean record(long pageId, String macroId, String userKey, String department, LocalDate day, Instant at) {
        if (!views.add(pageId + "|" + macroId + "|" + userKey + "|" + day)) {
            return false;
        }
        viewers.computeIfAbsent(pageId + "|" + macroId, k -> new LinkedHashMap<>()).putIfAbsent(userKey, department);
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
    public synchronized List<String> viewers(long pageId, String macroId, int limit) {
        List<String> keys = new ArrayList<>(viewers.getOrDefault(pageId + "|" + macroId, Map.of()).keySet());
        java.util.Collections.reverse(keys);
        return keys.subList(0, Math.min(limit, keys.size()));
    }

    @Override
    public synchronized int deleteByPage(long pageId) {
        int before = views.size();
        views.removeIf(v -> v.startsWith(pageId + "|"));
        viewers.keySet().removeIf(b -> b.startsWith(pageId + "|"));
        return before - views.size();
    }

    synchronized int views() {
        return views.size();
    }
}
