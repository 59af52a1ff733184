package io.outloud.preview;

import io.outloud.community.Community;
import io.outloud.community.CommunityStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Communities known by key only, for preview tests and load runs that wire pairing's service by hand. */
public final class FixedCommunities implements CommunityStore {
    private final Set<String> keys;

    public FixedCommunities(String... keys) {
        this.keys = Set.of(keys);
    }

    @Override
    public Optional<Community> find(String key) {
        return keys.contains(key) ? Optional.of(new Community(key, "Community " + key, "", Community.Access.OPEN, List.of(), 0L, "", "lead",
                Instant.EPOCH)) : Optional.empty();
    }

    @Override
    public Community create(Community community) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Community> all() {
        return keys.stream().map(k -> find(k).orElseThrow()).toList();
    }

    @Override
    public Community update(Community community) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setHome(String key, long pageId, String macroId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void unhome(long pageId) {
        throw new UnsupportedOperationException("fixed communities keep their homes");
    }

    @Override
    public void rehome(long pageId) {
        throw new UnsupportedOperationException("fixed communities keep their homes");
    }

    @Override
    public List<Community> homedOn(long pageId) {
        return List.of();
    }

    @Override
    public void touch(String key, Instant at) {
    }

    @Override
    public Map<String, Instant> activity() {
        return Map.of();
    }

    @Override
    public void delete(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Counted> page(Filter filter, io.outloud.community.CommunityDirectory.Sort sort, io.outloud.common.Keyset after, int limit) {
        throw new UnsupportedOperationException("no directory here");
    }

    @Override
    public List<Counted> counted(java.util.Collection<String> keys) {
        throw new UnsupportedOperationException("no directory here");
    }

    @Override
    public List<Counted> mostDiverse(int limit) {
        throw new UnsupportedOperationException("no directory here");
    }
}
