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

/** Communities in memory, with the AO store's rules: key and name (ignoring case) unique, homes kept per page. */
public final class InMemoryCommunityStore implements CommunityStore {
    private final Map<String, Community> communities = new LinkedHashMap<>();
    private final Map<String, Instant> activity = new HashMap<>();
    private final Map<String, Long> lastHome = new HashMap<>();

    @Override
    public synchronized Community create(Community community) {
        refuseTaken(community, null);
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
}
