package io.outloud.settings;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.text.HostileTexts;
import io.outloud.common.text.WrittenText;
import io.outloud.people.DepartmentRules;
import io.outloud.settings.ao.AoPreference;
import io.outloud.settings.ao.AoSetting;
import io.outloud.settings.ao.AoSettingsStore;
import io.outloud.testing.FakeViewer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The hostile corpus through the department names a site admin writes (one per line, or {@code group = Department}),
 * saved through the settings use case in its Active Objects store on H2 and PostgreSQL and read back as the site
 * applies them.
 */
class WrittenTextOnDatabasesTest {
    private SettingsService settingsOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoSetting.class, AoPreference.class);
        return new SettingsService(new AoSettingsStore(ao), "admin"::equals, FakeViewer.signedIn("admin"));
    }

    @EachDatabase
    void departmentNames(TestDatabase db) {
        SettingsService settings = settingsOn(db);
        // A list holds one department per line, so each text reads back as its departments on one line.
        HostileTexts.assertEveryCase("departments", WrittenText.Shape.LINE, null, text -> {
            settings.updateSite(null, null, null, null, null, "profile", null, text);
            return String.join(" ", settings.siteForAdmin().departments().listed());
        });
    }

    @EachDatabase
    void groupMappings_loseControlsAndOverrides_anInvisibleDepartmentIsNoDepartment(TestDatabase db) {
        SettingsService settings = settingsOn(db);
        settings.updateSite(null, null, null, null, null, "groups", "sales-team\u0000 = \u202ESales\u2069\r\n\u200B\r\nit = IT", null);
        assertEquals(List.of(new DepartmentRules.GroupDepartment("sales-team", "Sales"), new DepartmentRules.GroupDepartment("it", "IT")),
                settings.siteForAdmin().departments().groups());
        OutloudException e = assertThrows(OutloudException.class,
                () -> settings.updateSite(null, null, null, null, null, "groups", "it = \u200B\u00AD", null));
        assertEquals(Failure.INVALID_INPUT, e.failure());
        assertEquals("outloud.people.error.group-line", e.messageKey());
    }
}
