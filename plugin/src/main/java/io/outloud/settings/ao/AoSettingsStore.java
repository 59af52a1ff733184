package io.outloud.settings.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.settings.SettingsStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Arrays;

/** {@link SettingsStore} on Active Objects. A write that loses a race on the unique key is retried as an update. */
public class AoSettingsStore implements SettingsStore {
    private static final int ATTEMPTS = 3;

    private final ActiveObjects ao;

    public AoSettingsStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Map<String, String> siteSettings() {
        Map<String, String> settings = new HashMap<>();
        for (AoSetting row : ao.find(AoSetting.class, Query.select())) {
            settings.put(row.getSettingKey(), row.getSettingValue() != null ? row.getSettingValue() : row.getLongValue());
        }
        return settings;
    }

    @Override
    public void putSiteSetting(String key, String value) {
        boolean isLong = value != null && value.length() > AoSetting.MAX_SHORT_VALUE;
        String shortValue = isLong ? null : value;
        String longValue = isLong ? value : null;
        retrying(() -> ao.executeInTransaction(() -> {
            AoSetting[] rows = ao.find(AoSetting.class, Query.select().where(AoSetting.SETTING_KEY + " = ?", key));
            if (rows.length == 0) {
                ao.create(AoSetting.class, new DBParam(AoSetting.SETTING_KEY, key), new DBParam(AoSetting.SETTING_VALUE, shortValue),
                        new DBParam(AoSetting.LONG_VALUE, longValue));
            } else {
                rows[0].setSettingValue(shortValue);
                rows[0].setLongValue(longValue);
                rows[0].save();
            }
            return null;
        }));
    }

    @Override
    public Map<String, String> preferences(String userKey) {
        Map<String, String> preferences = new HashMap<>();
        for (AoPreference row : ao.find(AoPreference.class, Query.select().where(AoPreference.USER_KEY + " = ?", userKey))) {
            preferences.put(row.getPrefKey(), row.getPrefValue());
        }
        return preferences;
    }

    @Override
    public void putPreference(String userKey, String key, String value) {
        String uniqueKey = userKey + "|" + key;
        retrying(() -> ao.executeInTransaction(() -> {
            AoPreference[] rows = ao.find(AoPreference.class, Query.select().where(AoPreference.UNIQUE_KEY + " = ?", uniqueKey));
            if (rows.length == 0) {
                ao.create(AoPreference.class, new DBParam(AoPreference.USER_KEY, userKey), new DBParam(AoPreference.PREF_KEY, key),
                        new DBParam(AoPreference.PREF_VALUE, value), new DBParam(AoPreference.UNIQUE_KEY, uniqueKey));
            } else {
                rows[0].setPrefValue(value);
                rows[0].save();
            }
            return null;
        }));
    }

    @Override
    public Set<String> usersWithPreference(String key, String value) {
        return Arrays.stream(ao.find(AoPreference.class, Query.select("ID, " + AoPreference.USER_KEY)
                        .where(AoPreference.PREF_KEY + " = ? AND " + AoPreference.PREF_VALUE + " = ?", key, value)))
                .map(AoPreference::getUserKey)
                .collect(Collectors.toSet());
    }

    private static void retrying(Runnable write) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                last = e; // a concurrent first write won the unique key: the next attempt updates its row
            }
        }
        throw last;
    }
}
