package com.atlassian.cache;

/** atlassian-cache: the host's cache manager, imported as an OSGi service (Confluence exports it on both lines). */
public interface CacheManager extends CacheFactory {
}
