package io.outloud.settings;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.people.DepartmentRules;
import io.outloud.people.DepartmentSource;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where departments come from, as site admins set it with the other site settings. */
class SettingsServiceDepartmentsTest {
    private final MapSettingsStore store = new MapSettingsStore();
    private final FakeViewer viewer = FakeViewer.signedIn("admin");
    private final SettingsService settings = new SettingsService(store, "admin"::equals, viewer);

    private SiteSettings update(String source, String groups, String departments) {
        return settings.updateSite(null, null, null, null, null, source, groups, departments);
    }

    @Test
    void departmentsComeFromProfiles_byDefault() {
        assertEquals(DepartmentRules.DEFAULT, settings.site().departments());
        assertEquals(DepartmentRules.DEFAULT, new SiteSettings(false, 5, ReactorNames.AUTHOR, false, 14).departments());
    }

    @Test
    void anAdmin_mapsGroups_andTheMappingIsKeptAsWritten_normalised() {
        SiteSettings saved = update("groups", " grp-finance=Finance\n\ngrp-eng = Engineering ", "HR\nIT");

        DepartmentRules rules = saved.departments();
        assertEquals(DepartmentSource.GROUPS, rules.source());
        assertEquals("grp-finance = Finance\ngrp-eng = Engineering", rules.groupsText());
        assertEquals(List.of("HR", "IT"), rules.listed());
        assertEquals(rules, settings.site().departments(), "read back from the store");

        SiteSettings onlySource = update("profile", null, null);
        assertEquals(DepartmentSource.PROFILE, onlySource.departments().source());
        assertEquals(rules.groups(), onlySource.departments().groups(), "null leaves the mapping as it is");
    }

    @Test
    void aBadMappingLine_isRefused_andNothingOfTheRequestIsSaved() {
        OutloudException refusal = assertThrows(OutloudException.class,
                () -> settings.updateSite(true, 3L, null, null, null, "groups", "grp-a = A\nno equals sign", null));

        assertEquals(Failure.INVALID_INPUT, refusal.failure());
        assertEquals("outloud.people.error.group-line", refusal.messageKey());
        assertEquals(2, refusal.arguments()[0]);
        assertFalse(settings.site().namesToAuthors(), "checked before anything is saved");
        assertEquals(DepartmentRules.DEFAULT, settings.site().departments());
    }

    @Test
    void anUnknownSource_isRefused() {
        assertEquals("outloud.people.error.department-source",
                assertThrows(OutloudException.class, () -> update("ldap", null, null)).messageKey());
    }

    @Test
    void onlySiteAdmins_changeWhereDepartmentsComeFrom() {
        viewer.become("alice");
        assertEquals(Failure.NOT_PERMITTED, assertThrows(OutloudException.class, () -> update("groups", "a = A", null)).failure());
        assertEquals(DepartmentRules.DEFAULT, settings.site().departments());
    }
}
