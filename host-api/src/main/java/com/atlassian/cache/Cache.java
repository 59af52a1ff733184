package com.atlassian.cache;

/** atlassian-cache: a named cache; one made with a {@link CacheLoader} never answers null. */
public interface Cache<K, V> {
    /** The value for the key, loaded through the cache's loader on a miss. */
    V get(K key);

    /** Removes the key's entry; for a clustered cache on every node. */
    void remove(K key);
}
