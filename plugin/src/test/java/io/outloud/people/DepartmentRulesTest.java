package io.outloud.people;

import io.outloud.common.OutloudException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepartmentRulesTest {
    private static DepartmentRules groups(String mapping) {
        return new DepartmentRules(DepartmentSource.GROUPS, DepartmentRules.parseGroups(mapping), List.of());
    }

    private static OutloudException refusal(Runnable parse) {
        return assertThrows(OutloudException.class, parse::run);
    }

    @Test
    void parseGroups_readsOrderedLines_trimmed_skippingBlankOnes() {
        List<DepartmentRules.GroupDepartment> lines = DepartmentRules.parseGroups(
                "  grp-finance =  Finance \r\n\n\tgrp-eng=Engineering\ngrp-ops = Ops = Run\n");

        assertEquals(List.of(new DepartmentRules.GroupDepartment("grp-finance", "Finance"),
                new DepartmentRules.GroupDepartment("grp-eng", "Engineering"),
                new DepartmentRules.GroupDepartment("grp-ops", "Ops = Run")), lines, "split at the first '='");
        assertEquals(List.of(), DepartmentRules.parseGroups(""));
        assertEquals(List.of(), DepartmentRules.parseGroups(null));
    }

    @Test
    void parseGroups_aLineWithoutGroupOrDepartment_isRefused_namingTheLine() {
        OutloudException noEquals = refusal(() -> DepartmentRules.parseGroups("grp-a = A\n\nFinance people"));
        assertEquals(OutloudException.invalid("x").failure(), noEquals.failure());
        assertEquals("outloud.people.error.group-line", noEquals.messageKey());
        assertEquals(List.of(3, "Finance people"), List.of(noEquals.arguments()));

        assertEquals(List.of(1, "= Finance"), List.of(refusal(() -> DepartmentRules.parseGroups("= Finance")).arguments()));
        assertEquals(List.of(2, "grp-b ="), List.of(refusal(() -> DepartmentRules.parseGroups("a = A\ngrp-b =")).arguments()));
    }

    @Test
    void parseGroups_theSameGroupTwice_isRefused_whateverItsCase() {
        OutloudException twice = refusal(() -> DepartmentRules.parseGroups("grp-a = A\ngrp-b = B\nGRP-A = C"));
        assertEquals("outloud.people.error.group-twice", twice.messageKey());
        assertEquals(List.of(3, "GRP-A"), List.of(twice.arguments()));
    }

    @Test
    void parseGroups_atMost200Lines_andNamesOfAtMost255Characters() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            lines.append("g").append(i).append(" = D").append(i).append('\n');
        }
        assertEquals(200, DepartmentRules.parseGroups(lines.toString()).size());
        OutloudException tooMany = refusal(() -> DepartmentRules.parseGroups(lines + "g201 = D201"));
        assertEquals("outloud.people.error.too-many-lines", tooMany.messageKey());

        String longName = "x".repeat(256);
        OutloudException tooLong = refusal(() -> DepartmentRules.parseGroups("a = A\ng = " + longName));
        assertEquals("outloud.people.error.name-too-long", tooLong.messageKey());
        assertEquals(List.of(2, 255), List.of(tooLong.arguments()));
        assertEquals(1, DepartmentRules.parseGroups("g = " + "x".repeat(255)).size());
    }

    @Test
    void parseGroups_dropsControlCharacters() {
        assertEquals(List.of(new DepartmentRules.GroupDepartment("grp", "Finance")), DepartmentRules.parseGroups("gr\u0000p = Fin\u0007ance"));
    }

    @Test
    void departmentOfGroups_isTheFirstMappedGroupInMappingOrder_notInTheUsersOrder() {
        DepartmentRules rules = groups("grp-finance = Finance\ngrp-eng = Engineering\ngrp-all = Everyone");

        assertEquals(Optional.of("Finance"), rules.departmentOfGroups(List.of("grp-all", "grp-eng", "grp-finance")));
        assertEquals(Optional.of("Engineering"), rules.departmentOfGroups(List.of("confluence-users", "grp-all", "grp-eng")));
        assertEquals(Optional.of("Engineering"), rules.departmentOfGroups(List.of("GRP-ENG")), "group names match without regard to case");
        assertEquals(Optional.empty(), rules.departmentOfGroups(List.of("confluence-users")), "in no mapped group: no department");
        assertEquals(Optional.empty(), rules.departmentOfGroups(List.of()));
        assertEquals(Optional.empty(), rules.departmentOfGroups(null));
    }

    @Test
    void knownDepartments_areTheMappedOnesWithGroups_andTheListedOnesWithProfiles() {
        DepartmentRules both = new DepartmentRules(DepartmentSource.GROUPS,
                DepartmentRules.parseGroups("grp-b = Beta\ngrp-a = Alpha\ngrp-a2 = Alpha"), DepartmentRules.parseList("Listed"));
        assertEquals(List.of("Beta", "Alpha"), List.copyOf(both.knownDepartments()), "in mapping order, each once");

        DepartmentRules profile = new DepartmentRules(DepartmentSource.PROFILE, both.groups(), DepartmentRules.parseList("HR\n\nIT \nHR"));
        assertEquals(List.of("HR", "IT"), List.copyOf(profile.knownDepartments()));
        assertEquals(Set.of(), DepartmentRules.DEFAULT.knownDepartments());
    }

    @Test
    void parseList_atMost200Departments() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 201; i++) {
            lines.append("D").append(i).append('\n');
        }
        assertEquals("outloud.people.error.too-many-lines", refusal(() -> DepartmentRules.parseList(lines.toString())).messageKey());
    }

    @Test
    void texts_readBackAsTheSameRules() {
        DepartmentRules rules = new DepartmentRules(DepartmentSource.GROUPS, DepartmentRules.parseGroups(" a=A \nb = B"),
                DepartmentRules.parseList("X\nY"));
        assertEquals("a = A\nb = B", rules.groupsText());
        assertEquals("X\nY", rules.listedText());
        assertEquals(rules, DepartmentRules.stored("groups", rules.groupsText(), rules.listedText()));
    }

    @Test
    void stored_fallsBackToProfilesAndNoLines_forWhatNoLongerReads() {
        assertEquals(DepartmentRules.DEFAULT, DepartmentRules.stored(null, null, null));
        DepartmentRules odd = DepartmentRules.stored("ldap", "not a mapping", "IT");
        assertEquals(DepartmentSource.PROFILE, odd.source());
        assertTrue(odd.groups().isEmpty());
        assertEquals(List.of("IT"), odd.listed());
    }
}
