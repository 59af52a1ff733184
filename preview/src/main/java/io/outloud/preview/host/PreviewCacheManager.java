package io.outloud.preview.host;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Confluence's cache manager as each node of a cluster has it. Every node keeps its own entries (loaded through the
 * cache's loader on a miss); a cache made {@code remote()} is clustered: what one node removes, every node of the
 * cluster drops at once (Confluence tells the other nodes before {@code remove} returns). A node-local cache tells no
 * one, so a plugin that keeps shared state in one goes stale on the other node, as it would in Confluence. Nodes are
 * previews on one database in this JVM ({@link #joining}); entries do not expire here (the expiry settings are hints
 * Confluence may override), so a missed invalidation shows in tests instead of hiding behind a timeout.
 */
public final class PreviewCacheManager implements CacheManager, AutoCloseable {
    /** The nodes of each cluster, by the database they share. */
    private static final Map<String, Set<PreviewCacheManager>> CLUSTERS = new ConcurrentHashMap<>();

    private final String cluster;
    private final Map<String, NodeCache<?, ?>> caches = new ConcurrentHashMap<>();

    private PreviewCacheManager(String cluster) {
        this.cluster = cluster;
    }

    /** A node joining the cluster of previews on this database. */
    public static PreviewCacheManager joining(String databaseUrl) {
        PreviewCacheManager node = new PreviewCacheManager(Objects.requireNonNull(databaseUrl));
        CLUSTERS.computeIfAbsent(databaseUrl, url -> ConcurrentHashMap.newKeySet()).add(node);
        return node;
    }

    @Override
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        boolean remote = required != null && required.toString().contains("remote=true");
        NodeCache<K, V> cache = new NodeCache<>(name, loader, remote);
        caches.put(name, cache);
        return cache;
    }

    /** Leaves the cluster (the node stops). */
    @Override
    public void close() {
        Set<PreviewCacheManager> nodes = CLUSTERS.get(cluster);
        if (nodes != null) {
            nodes.remove(this);
            CLUSTERS.computeIfPresent(cluster, (url, left) -> left.isEmpty() ? null : left);
        }
    }

    private void removedElsewhere(String name, Object key) {
        NodeCache<?, ?> cache = caches.get(name);
        if (cache != null) {
            cache.entries.remove(key);
        }
    }

    private final class NodeCache<K, V> implements Cache<K, V> {
        private final String name;
        private final CacheLoader<K, V> loader;
        private final boolean remote;
        private final Map<K, V> entries = new ConcurrentHashMap<>();

        NodeCache(String name, CacheLoader<K, V> loader, boolean remote) {
            this.name = name;
            this.loader = loader;
            this.remote = remote;
        }

        @Override
        public V get(K key) {
            if (loader == null) {
                return entries.get(key);
            }
            // A removal that arrives while the value loads waits for it, then drops it: nothing stale stays.
            return entries.computeIfAbsent(key, k -> Objects.requireNonNull(loader.load(k), () -> "the loader of " + name + " gave null"));
        }

        @Override
        public void remove(K key) {
            entries.remove(key);
            if (remote) {
                for (PreviewCacheManager node : CLUSTERS.getOrDefault(cluster, Set.of())) {
                    if (node != PreviewCacheManager.this) {
                        node.removedElsewhere(name, key);
                    }
                }
            }
        }
    }
}
