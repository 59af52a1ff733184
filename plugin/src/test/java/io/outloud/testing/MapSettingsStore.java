package io.outloud.testing;

import io.outloud.settings.SettingsStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Site settings and preferences in memory. */
public final class MapSettingsStore implements SettingsStore {
    /** The stored key of the site's waiting days ({@code SiteSettings.WAITING_DAYS}, package-private there). */
    public static final String WAITING_DAYS = "thoughts.waiting-days";

    private final Map<String, String> site = new HashMap<>();
    private final Map<String, Map<String, String>> preferences = new HashMap<>();

    @Override
    public Map<String, String> siteSettings() {
        return Map.copyOf(site);
    }

    @Override
    public void putSiteSetting(String key, String value) {
        site.put(key, value);
    }

    @Override
    public Map<String, String> preferences(String userKey) {
        return Map.copyOf(preferences.getOrDefault(userKey, Map.of()));
    }

    @Override
    public void putPreference(String userKey, String key, String value) {
        preferences.computeIfAbsent(userKey, k -> new HashMap<>()).put(key, value);
    }

    @Override
    public Set<String> usersWithPreference(String key, String value) {
        return preferences.entrySet().stream().filter(e -> value.equals(e.getValue().get(key))).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
