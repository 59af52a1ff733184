package io.outloud.settings;

import java.util.Map;
import java.util.Set;

/** Persistence port for site settings and per-person preferences, both key/value. */
public interface SettingsStore {

    /** Every site setting, in one query. */
    Map<String, String> siteSettings();

    void putSiteSetting(String key, String value);

    /** One person's preferences, in one query. */
    Map<String, String> preferences(String userKey);

    void putPreference(String userKey, String key, String value);

    /** The people whose preference {@code key} has this value, in one query. */
    Set<String> usersWithPreference(String key, String value);
}
