package com.atlassian.cache;

/** atlassian-cache: loads the value of a key the cache does not hold (never null). */
public interface CacheLoader<K, V> {
    V load(K key);
}
