package io.outloud.community.pairing;

import io.outloud.community.Community;
import io.outloud.community.CommunityStore;
import io.outloud.community.DuplicateCommunityException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Communities in memory, for pairing's tests (the AO community store is the lead's, in main). */
public final class PairingTestCommunities implements CommunityStore {
    private final Map<String, Community> byKey = new LinkedHashMap<>();

    public PairingTestCommunities with(String key, long homePageId) {
        byKey.put(key, new Community(key, "Community " + key, "", Community.Access.OPEN, List.of(), homePageId, homePageId > 0 ? "m-" + key : "",
                "key-lead", Instant.EPOCH));
        return this;
    }

    @Override
    public synchronized Community create(Community community) {
        if (byKey.containsKey(community.key())) {
            throw new DuplicateCommunityException(community.name());
        }
        byKey.put(community.key(), community);
        return community;
    }

    @Override
    public synchronized Optional<Community> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public synchronized List<Community> all() {
        return new ArrayList<>(byKey.values());
    }

    @Override
    public synchronized Community update(Community community) {
        byKey.put(community.key(), community);
        return community;
    }

    @Override
    public synchronized void setHome(String key, long pageId, String macroId) {
        Community c = byKey.get(key);
        byKey.put(key, new Community(c.key(), c.name(), c.curiosity(), c.access(), c.labels(), pageId, macroId, c.createdBy(), c.createdAt()));
    }

    @Override
    public synchronized void unhome(long pageId) {
        homedOn(pageId).forEach(c -> setHome(c.key(), 0, c.homeMacroId()));
    }

    @Override
    public void rehome(long pageId) {
        // pairing's tests never restore a page
    }

    @Override
    public synchronized List<Community> homedOn(long pageId) {
        return byKey.values().stream().filter(c -> c.homePageId() == pageId).toList();
    }

    @Override
    public void touch(String key, Instant at) {
    }

    @Override
    public Map<String, Instant> activity() {
        return Map.of();
    }

    @Override
    public synchronized void delete(String key) {
        byKey.remove(key);
    }

    @Override
    public List<Counted> page(Filter filter, io.outloud.community.CommunityDirectory.Sort sort, io.outloud.common.Keyset after, int limit) {
        throw new UnsupportedOperationException("pairing does not list the directory");
    }

    @Override
    public List<Counted> counted(java.util.Collection<String> keys) {
        throw new UnsupportedOperationException("pairing does not list the directory");
    }

    @Override
    public List<Counted> mostDiverse(int limit) {
        throw new UnsupportedOperationException("pairing does not list the directory");
    }
}
