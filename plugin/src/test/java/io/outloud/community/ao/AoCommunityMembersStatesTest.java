package io.outloud.community.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.community.Membership;
import net.java.ao.DBParam;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Memberships with their states, roles and departments on H2 and PostgreSQL. */
class AoCommunityMembersStatesTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private static JdbcActiveObjects aoOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(io.outloud.community.ao.AoCommunity.class, AoCommunityMember.class);
        return ao;
    }

    private static Membership member(String community, String user, String department, int second) {
        return new Membership(community, user, Membership.State.MEMBER, Membership.Role.MEMBER, department, T0.plusSeconds(second));
    }

    private static Membership in(String community, String user, Membership.State state, String department, int second) {
        return new Membership(community, user, state, Membership.Role.MEMBER, department, T0.plusSeconds(second));
    }

    private static Membership lead(String community, String user, String department, int second) {
        return new Membership(community, user, Membership.State.MEMBER, Membership.Role.LEAD, department, T0.plusSeconds(second));
    }

    @EachDatabase
    void put_recordsTheMembershipAsGiven_andReplacesThePersonsCurrentOne(TestDatabase db) throws Exception {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        Membership asked = in("design", "alice", Membership.State.REQUESTED, "IT", 1);

        members.put(asked);
        assertEquals(Optional.of(asked), members.membership("design", "alice"));
        assertFalse(members.isMember("design", "alice"));

        Membership approved = member("design", "alice", "Sales", 5);
        members.put(approved);
        assertEquals(Optional.of(approved), members.membership("design", "alice"));
        assertTrue(members.isMember("design", "alice"));
        assertEquals(1, rows(db));
        assertEquals(Optional.empty(), members.membership("design", "bob"));
        assertEquals(Optional.empty(), members.membership("platform", "alice"));
    }

    @EachDatabase
    void noDepartment_isStoredAsNull_andReadAsEmpty(TestDatabase db) throws Exception {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));

        members.put(member("design", "alice", "", 1));

        assertEquals("", members.membership("design", "alice").orElseThrow().department());
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"DEPARTMENT\", \"STATE\", \"ROLE\" FROM \"AO_1514BA_MEMBER\"")) {
            assertTrue(rows.next());
            assertNull(rows.getString(1));
            assertEquals("member", rows.getString(2));
            assertEquals("member", rows.getString(3));
        }
    }

    @EachDatabase
    void requestsAndInvitations_areNoMemberships(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        members.put(lead("design", "alice", "Design", 1));
        members.put(in("design", "bob", Membership.State.REQUESTED, "IT", 2));
        members.put(in("design", "carol", Membership.State.INVITED, "Sales", 3));
        members.put(in("platform", "bob", Membership.State.INVITED, "IT", 4));

        assertTrue(members.isMember("design", "alice"));
        assertTrue(members.isLead("design", "alice"));
        assertFalse(members.isMember("design", "bob"));
        assertFalse(members.isMember("design", "carol"));
        assertEquals(Set.of("alice"), members.memberKeys("design"));
        assertEquals(Set.of(), members.communitiesOf("bob"));
        assertEquals(Map.of("Design", 1), members.departments("design"));
        assertEquals(List.of("alice"), users(members.members("design", null, 0, 10)));
    }

    @EachDatabase
    void join_turnsARequestOrInvitationIntoAMembership_keepingRoleAndDepartment(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        members.put(in("design", "bob", Membership.State.INVITED, "IT", 1));
        members.put(lead("design", "alice", "Design", 2));

        members.join("design", "bob", T0.plusSeconds(10));
        members.join("design", "alice", T0.plusSeconds(20));

        assertEquals(Optional.of(member("design", "bob", "IT", 10)), members.membership("design", "bob"));
        assertEquals(Optional.of(lead("design", "alice", "Design", 2)), members.membership("design", "alice"), "a lead stays one");
    }

    @EachDatabase
    void leads_areMembersWithTheLeadRole_inTheOrderTheyJoined(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        members.put(lead("design", "erin", "Finance", 5));
        members.put(member("design", "bob", "IT", 1));
        members.put(lead("design", "alice", "Design", 2));
        members.put(new Membership("design", "carol", Membership.State.INVITED, Membership.Role.LEAD, "Sales", T0));
        members.put(lead("platform", "dave", "", 0));

        assertEquals(List.of("alice", "erin"), users(members.leads("design")));
        assertFalse(members.isLead("design", "carol"), "an invitation is no lead");
        assertFalse(members.isLead("design", "bob"));
        assertFalse(members.isLead("design", "dave"));
    }

    @EachDatabase
    void inState_areThatStatesMemberships_oldestFirst(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        members.put(in("design", "carol", Membership.State.REQUESTED, "Sales", 3));
        members.put(in("design", "bob", Membership.State.REQUESTED, "IT", 1));
        members.put(in("design", "zed", Membership.State.REQUESTED, "", 3));
        members.put(in("design", "erin", Membership.State.INVITED, "Finance", 2));
        members.put(member("design", "alice", "Design", 0));
        members.put(in("platform", "dave", Membership.State.REQUESTED, "", 0));

        assertEquals(List.of("bob", "carol", "zed"), users(members.inState("design", Membership.State.REQUESTED)));
        assertEquals(List.of(in("design", "erin", Membership.State.INVITED, "Finance", 2)), members.inState("design", Membership.State.INVITED));
        assertEquals(List.of(), members.inState("nothing", Membership.State.REQUESTED));
    }

    /** Design (3), Finance (2) and three members without a department, each part in the order they joined. */
    private static List<Membership> eightMembers(AoCommunityMembers members) {
        Membership[] made = {
                member("design", "m1", "Design", 1), member("design", "m2", "Finance", 2), member("design", "m3", "", 3),
                member("design", "m4", "Design", 4), member("design", "m5", "", 5), member("design", "m6", "Finance", 6),
                member("design", "m7", "", 7), lead("design", "m8", "Design", 8)};
        for (Membership m : made) {
            members.put(m);
        }
        members.put(in("design", "r1", Membership.State.REQUESTED, "Design", 0));
        members.put(in("design", "i1", Membership.State.INVITED, "", 0));
        members.put(member("platform", "p1", "", 0));
        members.put(member("platform", "p2", "Design", 0));
        return List.of(made[0], made[3], made[7], made[1], made[5], made[2], made[4], made[6]);
    }

    @EachDatabase
    void members_areByDepartment_withoutOneLast_onEveryPage(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        List<Membership> expected = eightMembers(members);

        assertEquals(expected, members.members("design", null, 0, 100));
        for (int offset = 0; offset <= 9; offset++) {
            for (int limit = 1; limit <= 9; limit++) {
                List<Membership> wanted = expected.subList(Math.min(offset, 8), Math.min(offset + limit, 8));
                assertEquals(wanted, members.members("design", null, offset, limit), "offset " + offset + ", limit " + limit);
            }
        }
    }

    @EachDatabase
    void members_ofOneDepartment_orOfNone(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        eightMembers(members);

        assertEquals(List.of("m2", "m6"), users(members.members("design", "Finance", 0, 10)));
        assertEquals(List.of("m6"), users(members.members("design", "Finance", 1, 10)));
        assertEquals(List.of("m1", "m4"), users(members.members("design", "Design", 0, 2)));
        assertEquals(List.of("m3", "m5", "m7"), users(members.members("design", "", 0, 10)));
        assertEquals(List.of(), users(members.members("design", "Legal", 0, 10)));
        assertEquals(List.of("p2", "p1"), users(members.members("platform", null, 0, 10)));
    }

    /**
     * BUG (AoCommunityMember has no {@code @Preload}, unlike every other entity of the app): Query.select() loads the
     * ID only, so each getter of each membership found runs one more SELECT (a page of 3 members: 19 statements, of
     * 100: 601). Hits members(), membership(), inState(), leads() and the put() race path. Fails until
     * AoCommunityMember is annotated {@code @Preload}.
     */
    @EachDatabase
    void aPageOfMembers_takesAtMostThreeStatements(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        eightMembers(members);

        for (int offset : new int[]{0, 3, 4, 6}) {
            db.statementCounter().start();
            members.members("design", null, offset, 3);
            long statements = db.statementCounter().stop();
            assertTrue(statements <= 3, "offset " + offset + ": " + statements + " statements");
        }
        db.statementCounter().start();
        members.members("design", null, 0, 5);
        assertEquals(1, db.statementCounter().stop(), "a page of named departments only is one statement");
    }

    /** BUG: see {@link #aPageOfMembers_takesAtMostThreeStatements}; the same lazy loading, in the lookups every request makes. */
    @EachDatabase
    void membershipLeadsAndRequests_areOneStatementEach(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        eightMembers(members);

        db.statementCounter().start();
        members.membership("design", "m1");
        assertEquals(1, db.statementCounter().stop(), "membership");
        db.statementCounter().start();
        members.leads("design");
        assertEquals(1, db.statementCounter().stop(), "leads");
        db.statementCounter().start();
        members.inState("design", Membership.State.REQUESTED);
        assertEquals(1, db.statementCounter().stop(), "requests");
    }

    @EachDatabase
    void departments_countEachDepartmentsMembers_inOneStatement(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        eightMembers(members);

        db.statementCounter().start();
        Map<String, Integer> counts = members.departments("design");
        assertEquals(1, db.statementCounter().stop());
        assertEquals(Map.of("Design", 3, "Finance", 2, "", 3), counts);
        assertEquals(Map.of(), members.departments("nothing"));
    }

    @EachDatabase
    void departmentChanged_isRecordedInEveryMembershipOfThePerson(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        members.put(member("design", "alice", "Design", 1));
        members.put(in("platform", "alice", Membership.State.REQUESTED, "Design", 2));
        members.put(member("design", "bob", "Design", 3));

        members.departmentChanged("alice", "Sales");

        assertEquals("Sales", members.membership("design", "alice").orElseThrow().department());
        assertEquals("Sales", members.membership("platform", "alice").orElseThrow().department());
        assertEquals(Membership.State.REQUESTED, members.membership("platform", "alice").orElseThrow().state());
        assertEquals(T0.plusSeconds(1), members.membership("design", "alice").orElseThrow().since(), "joined when they joined");
        assertEquals("Design", members.membership("design", "bob").orElseThrow().department());
        assertEquals(Map.of("Sales", 1, "Design", 1), members.departments("design"));

        members.departmentChanged("alice", "");
        assertEquals("", members.membership("design", "alice").orElseThrow().department());
        assertEquals(List.of("bob", "alice"), users(members.members("design", null, 0, 10)), "now without a department: last");
    }

    @EachDatabase
    void deleteCommunity_removesItsMembershipsRequestsAndInvitations_only(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        eightMembers(members);

        assertEquals(10, members.deleteCommunity("design"));

        assertEquals(Set.of(), members.memberKeys("design"));
        assertEquals(List.of(), members.inState("design", Membership.State.REQUESTED));
        assertEquals(Set.of("p1", "p2"), members.memberKeys("platform"));
        assertEquals(0, members.deleteCommunity("design"));
    }

    @EachDatabase
    void memberKeys_areEveryMembersKey_inOneStatement(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        eightMembers(members);

        db.statementCounter().start();
        Set<String> keys = members.memberKeys("design");
        assertEquals(1, db.statementCounter().stop());
        assertEquals(Set.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"), keys);
    }

    @EachDatabase
    void aRowFromBeforeStatesAndRoles_isAMember(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        ao.create(AoCommunityMember.class, new DBParam(AoCommunityMember.MEMBER_KEY, "design/alice"),
                new DBParam(AoCommunityMember.COMMUNITY_KEY, "design"), new DBParam(AoCommunityMember.USER_KEY, "alice"),
                new DBParam(AoCommunityMember.JOINED_AT, T0.toEpochMilli()));
        AoCommunityMembers members = new AoCommunityMembers(ao);

        assertEquals(Optional.of(member("design", "alice", "", 0)), members.membership("design", "alice"));
        assertTrue(members.isMember("design", "alice"));
        assertEquals(Set.of("design"), members.communitiesOf("alice"));
        assertEquals(Set.of("alice"), members.memberKeys("design"));
        assertEquals(List.of("alice"), users(members.members("design", null, 0, 10)));
        assertEquals(Map.of("", 1), members.departments("design"));
        assertEquals(List.of(), members.leads("design"));
    }

    private static List<String> users(List<Membership> memberships) {
        List<String> users = new ArrayList<>();
        memberships.forEach(m -> users.add(m.userKey()));
        return users;
    }

    private static long rows(TestDatabase db) throws Exception {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM \"AO_1514BA_MEMBER\"")) {
            result.next();
            return result.getLong(1);
        }
    }
}
