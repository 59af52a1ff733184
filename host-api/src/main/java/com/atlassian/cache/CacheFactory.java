package com.atlassian.cache;

/** atlassian-cache: creates or attaches to caches by name (two caches of one name share one backing structure). */
public interface CacheFactory {
    /**
     * The cache of this name, loading a missing entry through the loader; created if need be, with the settings
     * required (hints the deployment may override).
     */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
