package com.atlassian.cache;

/** atlassian-cache: the immutable settings a {@link CacheSettingsBuilder} builds (hints to the cache manager). */
public interface CacheSettings {
}
