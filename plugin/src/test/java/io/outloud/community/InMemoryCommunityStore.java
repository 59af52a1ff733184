package io.outloud.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Communities in memory, with the AO store's rules: key and name (ignoring case) unique, homes kept per page; the
 * directory's counters are counted from the members given (none by default).
 */
public final class InMemoryCommunityStore implements CommunityStore {
    private final InMemoryCommunityMembers members;
    private final Map<String, Long> ids = new HashMap<>();
    private long lastId;
    private final Map<String, Community> communities = new LinkedHashMap<>();
    private final Map<String, Instant> activity = new HashMap<>();
    private final Map<String, Long> lastHome = new HashMap<>();

    public InMemoryCommunityStore() {
        this(new InMemoryCommunityMembers());
    }

    public InMemoryCommunityStore(InMemoryCommunityMembers members) {
        this.members = members;
    }

    @Override
    public synchronized Community create(Community community) {
        refuseTaken(community, null);
        ids.put(community.key(), ++lastId);
        communities.put(community.key(), community);
        activity.put(community.key(), community.createdAt());
        return community;
    }

    private void refuseTaken(Community c, String ownKey) {
        for (Community other : communities.values()) {
            if (!other.key().equals(ownKey)
                    && (other.key().equals(c.key()) || other.name().strip().toLowerCase(Locale.ROOT).equals(c.name().strip().toLowerCase(Locale.ROOT)))) {
                throw new DuplicateCommunityException(c.name());
            }
        }
    }

    @Override
    public synchronized Optional<Community> find(String key) {
        return Optional.ofNullable(communities.get(key));
    }

    @Override
    public synchronized List<Community> all() {
        List<Community> all = new ArrayList<>(communities.values());
        all.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        return all;
    }

    @Override
    public synchronized Community update(Community c) {
        refuseTaken(c, c.key());
        Community now = communities.get(c.key());
        Community updated = new Community(c.key(), c.name(), c.curiosity(), c.access(), c.labels(), now.homePageId(), now.homeMacroId(),
                now.createdBy(), now.createdAt());
        communities.put(c.key(), updated);
        return updated;
    }

    @Override
    public synchronized void setHome(String key, long pageId, String macroId) {
        Community c = communities.get(key);
        if (c != null) {
            communities.put(key, withHome(c, pageId, macroId));
        }
    }

    private static Community withHome(Community c, long pageId, String macroId) {
        return new Community(c.key(), c.name(), c.curiosity(), c.access(), c.labels(), pageId, macroId, c.createdBy(), c.createdAt());
    }

    @Override
    public synchronized void unhome(long pageId) {
        for (Community c : new ArrayList<>(communities.values())) {
            if (c.homePageId() == pageId) {
                lastHome.put(c.key(), pageId);
                communities.put(c.key(), withHome(c, 0, c.homeMacroId()));
            }
        }
    }

    @Override
    public synchronized void rehome(long pageId) {
        for (Community c : new ArrayList<>(communities.values())) {
            if (c.homePageId() == 0 && Long.valueOf(pageId).equals(lastHome.get(c.key()))) {
                lastHome.remove(c.key());
                communities.put(c.key(), withHome(c, pageId, c.homeMacroId()));
            }
        }
    }

    @Override
    public synchronized List<Community> homedOn(long pageId) {
        return communities.values().stream().filter(c -> c.homePageId() == pageId).toList();
    }

    @Override
    public synchronized void touch(String key, Instant at) {
        activity.computeIfPresent(key, (k, then) -> !then.plusMillis(ACTIVITY_GRAIN_MILLIS).isAfter(at) ? at : then);
    }

    @Override
    public synchronized Map<String, Instant> activity() {
        return new HashMap<>(activity);
    }

    @Override
    public synchronized void delete(String key) {
        communities.remove(key);
        activity.remove(key);
        lastHome.remove(key);
    }

    private Counted counted(Community c) {
        Map<String, Integer> departments = members.counters(c.key());
        java.util.Set<String> named = new java.util.TreeSet<>(departments.keySet());
        named.remove("");
        return new Counted(ids.get(c.key()), c, departments.values().stream().mapToInt(Integer::intValue).sum(), named.size(), named,
                activity.get(c.key()));
    }

    @Override
    public synchronized List<Counted> page(Filter filter, CommunityDirectory.Sort sort, io.outloud.common.Keyset after, int limit) {
        Comparator<Counted> order = switch (sort) {
            case ACTIVITY -> Comparator.comparing(Counted::activeAt).thenComparingLong(Counted::id).reversed();
            case SIZE -> Comparator.comparingInt(Counted::members).thenComparingLong(Counted::id).reversed();
            case NAME -> Comparator.comparing((Counted c) -> c.community().name().strip().toLowerCase(Locale.ROOT)).thenComparingLong(Counted::id);
        };
        List<Counted> all = communities.values().stream().map(this::counted)
                .filter(c -> filter.words().isEmpty() || (c.community().name() + "\n" + c.community().curiosity()).toLowerCase(Locale.ROOT).contains(filter.words()))
                .filter(c -> filter.label().isEmpty() || c.community().labels().contains(filter.label()))
                .filter(c -> filter.department().isEmpty() || c.departments().contains(filter.department()))
                .sorted(order).toList();
        int from = 0;
        if (after != null) {
            Counted last = all.stream().filter(c -> c.id() == after.id()).findFirst().orElse(null);
            from = last == null ? all.size() : all.indexOf(last) + 1;
        }
        return all.subList(from, Math.min(all.size(), from + limit));
    }

    @Override
    public synchronized List<Counted> counted(java.util.Collection<String> keys) {
        return keys.stream().map(communities::get).filter(java.util.Objects::nonNull).map(this::counted).toList();
    }

    @Override
    public synchronized List<Counted> mostDiverse(int limit) {
        return communities.values().stream().map(this::counted).filter(c -> c.departmentCount() > 0)
                .sorted(Comparator.comparingInt(Counted::departmentCount).reversed().thenComparingLong(Counted::id)).limit(limit).toList();
    }
}
