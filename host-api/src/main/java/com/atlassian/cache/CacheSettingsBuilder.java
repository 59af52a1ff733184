package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * atlassian-cache: builds {@link CacheSettings}. A working stand-in (the preview runs it): the settings it builds say
 * what was asked in their {@code toString()} (Confluence's own are a hidden implementation too), which is how the
 * preview's cache manager tells a clustered cache from a node-local one.
 */
public class CacheSettingsBuilder {
    private boolean remote;
    private Long expireAfterWriteMillis;

    public CacheSettingsBuilder() {
        // every setting unspecified, as Confluence's builder starts
    }

    /** The cache is clustered in a clustered deployment: what one node removes, no node keeps. */
    public CacheSettingsBuilder remote() {
        this.remote = true;
        return this;
    }

    /** A hint: how long an entry is kept after it was written. */
    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterWriteMillis = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettings build() {
        String text = "CacheSettings[remote=" + remote + ", expireAfterWriteMillis=" + expireAfterWriteMillis + "]";
        return new CacheSettings() {
            @Override
            public String toString() {
                return text;
            }
        };
    }
}
