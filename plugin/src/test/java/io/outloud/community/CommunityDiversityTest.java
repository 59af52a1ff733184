package io.outloud.community;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which departments a community connects. */
class CommunityDiversityTest {

    @Test
    void shares_areLargestFirst_withPercentsOfEveryMember_andTheMembersWithoutADepartmentApart() {
        Diversity diversity = Diversity.of(Map.of("Design", 3, "IT", 5, "", 2, "Sales", 1),
                Set.of("Design", "IT", "Sales", "Finance", "Legal", ""));

        assertEquals(11, diversity.members());
        assertEquals(List.of(new Diversity.Share("IT", 5, 45), new Diversity.Share("Design", 3, 27), new Diversity.Share("Sales", 1, 9)),
                diversity.departments());
        assertEquals(2, diversity.withoutDepartment());
        assertEquals(3, diversity.departmentCount(), "members without a department are no department");
        assertEquals(List.of("Finance", "Legal"), diversity.missing());
    }

    @Test
    void equalShares_areByName_andPercentsAreRounded() {
        Diversity diversity = Diversity.of(Map.of("Sales", 2, "Design", 2, "IT", 4), Set.of());

        assertEquals(List.of(new Diversity.Share("IT", 4, 50), new Diversity.Share("Design", 2, 25), new Diversity.Share("Sales", 2, 25)),
                diversity.departments());
        assertEquals(List.of(new Diversity.Share("B", 2, 67), new Diversity.Share("A", 1, 33)),
                Diversity.of(Map.of("A", 1, "B", 2), Set.of()).departments());
        assertEquals(List.of(), Diversity.of(Map.of("A", 1), Set.of()).missing(), "nothing known, nothing missing");
    }

    @Test
    void missing_areTheKnownDepartmentsNotPresent_byName() {
        Diversity diversity = Diversity.of(Map.of("Design", 1, "Ops", 1), Set.of("Sales", "Design", "Finance"));

        assertEquals(List.of("Finance", "Sales"), diversity.missing(), "a department present but unknown is not missing either");
    }

    @Test
    void anEmptyCommunity_missesEveryKnownDepartment() {
        Diversity diversity = Diversity.of(Map.of(), Set.of("Sales", "Design"));

        assertEquals(0, diversity.members());
        assertEquals(List.of(), diversity.departments());
        assertEquals(0, diversity.withoutDepartment());
        assertEquals(List.of("Design", "Sales"), diversity.missing());
    }

    @Test
    void membersWithoutADepartmentOnly_areNoShare() {
        Diversity diversity = Diversity.of(Map.of("", 4), Set.of("Design"));

        assertEquals(4, diversity.members());
        assertEquals(List.of(), diversity.departments());
        assertEquals(4, diversity.withoutDepartment());
        assertEquals(0, diversity.departmentCount());
        assertEquals(List.of("Design"), diversity.missing());
    }
}
