package io.outloud.settings.ao;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import io.outloud.settings.SettingsStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The site settings through a cluster-wide cache of Confluence's (atlassian-cache, {@code remote()}): every page with
 * the app's macros and every lookup of people reads them, a site admin writes them now and then, so a page render
 * costs no statement for them. Each write removes the entry right after it was stored (its transaction committed), on
 * every node, so the next read on any node loads what was written. Personal preferences are read once per request
 * where needed and are not cached.
 */
public class CachedSettingsStore implements SettingsStore {
    static final String CACHE_NAME = "io.outloud.settings.site";
    private static final String SITE = "site";
    /** A bound on what a missed invalidation could cost; Confluence may override the hint. */
    private static final long HOURS_KEPT = 1;

    private final SettingsStore store;
    // Held here as well: a cache keeps only a weak reference to the loader it was made with.
    private final CacheLoader<String, HashMap<String, String>> loader;
    private final Cache<String, HashMap<String, String>> site;

    public CachedSettingsStore(SettingsStore store, CacheManager caches) {
        this.store = Objects.requireNonNull(store);
        this.loader = key -> new HashMap<>(store.siteSettings());
        this.site = caches.getCache(CACHE_NAME, loader, new CacheSettingsBuilder().remote().expireAfterWrite(HOURS_KEPT, TimeUnit.HOURS).build());
    }

    @Override
    public Map<String, String> siteSettings() {
        return Map.copyOf(site.get(SITE));
    }

    @Override
    public void putSiteSetting(String key, String value) {
        store.putSiteSetting(key, value);
        site.remove(SITE);
    }

    @Override
    public Map<String, String> preferences(String userKey) {
        return store.preferences(userKey);
    }

    @Override
    public void putPreference(String userKey, String key, String value) {
        store.putPreference(userKey, key, value);
    }

    @Override
    public Set<String> usersWithPreference(String key, String value) {
        return store.usersWithPreference(key, value);
    }
}
