package io.outloud.settings.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Site settings and preferences on H2 and PostgreSQL. */
class AoSettingsStoreTest {
    private AoSettingsStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoSetting.class, AoPreference.class);
        return new AoSettingsStore(ao);
    }

    @EachDatabase
    void siteSettings_putTwice_keepsTheLastValue(TestDatabase db) {
        AoSettingsStore store = storeOn(db);
        assertEquals(Map.of(), store.siteSettings());

        store.putSiteSetting("seen.min-group-size", "5");
        store.putSiteSetting("seen.min-group-size", "3");
        store.putSiteSetting("seen.names-to-authors", "true");

        assertEquals(Map.of("seen.min-group-size", "3", "seen.names-to-authors", "true"), store.siteSettings());
    }

    @EachDatabase
    void preferences_arePerPerson_andFoundByValue(TestDatabase db) {
        AoSettingsStore store = storeOn(db);
        store.putPreference("alice", "seen.hide-my-name", "true");
        store.putPreference("bruno", "seen.hide-my-name", "true");
        store.putPreference("bruno", "seen.hide-my-name", "false");
        store.putPreference("chloe", "other", "true");

        assertEquals(Map.of("seen.hide-my-name", "true"), store.preferences("alice"));
        assertEquals(Map.of("seen.hide-my-name", "false"), store.preferences("bruno"));
        assertEquals(Map.of(), store.preferences("dirk"));
        assertEquals(Set.of("alice"), store.usersWithPreference("seen.hide-my-name", "true"));
    }

    @EachDatabase
    void aLongValue_isKeptWhole_andMayBecomeShortAgain(TestDatabase db) {
        AoSettingsStore store = storeOn(db);
        StringBuilder mapping = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            mapping.append("grp-department-").append(i).append(" = Department number ").append(i).append('\n');
        }
        String longValue = mapping.toString().strip();
        assertEquals(true, longValue.length() > 450, "longer than SETTING_VALUE holds");

        store.putSiteSetting("people.department-groups", longValue);
        assertEquals(Map.of("people.department-groups", longValue), store.siteSettings());

        store.putSiteSetting("people.department-groups", "grp-a = A");
        assertEquals(Map.of("people.department-groups", "grp-a = A"), store.siteSettings());
        store.putSiteSetting("people.department-groups", longValue + "\nmore = More");
        assertEquals(longValue + "\nmore = More", store.siteSettings().get("people.department-groups"));
    }
}
