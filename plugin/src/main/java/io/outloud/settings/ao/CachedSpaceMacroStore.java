package io.outloud.settings.ao;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import io.outloud.settings.SpaceMacroStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The spaces' choices of macros through a cluster-wide cache of Confluence's ({@code remote()}), one entry per space, as
 * {@link CachedSettingsStore} keeps the site settings: every macro a page renders asks, a space admin changes them now
 * and then. Each write removes the space's entry on every node once stored, so the next read loads what was written.
 */
public class CachedSpaceMacroStore implements SpaceMacroStore {
    static final String CACHE_NAME = "io.outloud.settings.space-macros";
    private static final long HOURS_KEPT = 1;

    private final SpaceMacroStore store;
    // Held here as well: a cache keeps only a weak reference to the loader it was made with.
    private final CacheLoader<String, HashMap<String, Boolean>> loader;
    private final Cache<String, HashMap<String, Boolean>> spaces;

    public CachedSpaceMacroStore(SpaceMacroStore store, CacheManager caches) {
        this.store = Objects.requireNonNull(store);
        this.loader = spaceKey -> new HashMap<>(store.choices(spaceKey));
        this.spaces = caches.getCache(CACHE_NAME, loader, new CacheSettingsBuilder().remote().expireAfterWrite(HOURS_KEPT, TimeUnit.HOURS).build());
    }

    @Override
    public Map<String, Boolean> choices(String spaceKey) {
        return Map.copyOf(spaces.get(spaceKey));
    }

    @Override
    public void choose(String spaceKey, String macroName, Boolean on) {
        store.choose(spaceKey, macroName, on);
        spaces.remove(spaceKey);
    }
}
