package io.outloud.community.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.testing.RacingActiveObjects;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Community membership on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoCommunityMembersTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private static JdbcActiveObjects aoOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(io.outloud.community.ao.AoCommunity.class, AoCommunityMember.class);
        return ao;
    }

    @EachDatabase
    void join_makesAMember_ofThatCommunityOnly(TestDatabase db) throws Exception {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));

        members.join("design", "alice", T0);

        assertTrue(members.isMember("design", "alice"));
        assertFalse(members.isMember("design", "bob"));
        assertFalse(members.isMember("finance", "alice"));
        assertFalse(members.isMember("design/alice", ""), "the key is no pattern");
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"MEMBER_KEY\", \"COMMUNITY_KEY\", \"USER_KEY\", \"JOINED_AT\" FROM \"AO_1514BA_MEMBER\"")) {
            assertTrue(rows.next());
            assertEquals("design/alice", rows.getString(1));
            assertEquals("design", rows.getString(2));
            assertEquals("alice", rows.getString(3));
            assertEquals(T0.toEpochMilli(), rows.getLong(4));
            assertFalse(rows.next());
        }
    }

    @EachDatabase
    void joiningTwice_isOneMembership_fromTheFirstJoin(TestDatabase db) throws Exception {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));

        members.join("design", "alice", T0);
        members.join("design", "alice", T0.plusSeconds(60));

        assertEquals(1, rows(db));
        assertEquals(T0.toEpochMilli(), joinedAt(db));
        assertEquals(Set.of("design"), members.communitiesOf("alice"));
    }

    @EachDatabase
    void communitiesOf_areEveryCommunityOfThatPerson_inOneStatement(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        members.join("finance", "alice", T0);
        members.join("design", "alice", T0);
        members.join("legal", "bob", T0);

        db.statementCounter().start();
        Set<String> communities = members.communitiesOf("alice");
        assertEquals(1, db.statementCounter().stop());

        assertEquals(Set.of("design", "finance"), communities);
        assertEquals(Set.of("legal"), members.communitiesOf("bob"));
        assertEquals(Set.of(), members.communitiesOf("carol"));
    }

    @EachDatabase
    void leave_endsThatMembershipOnly_andOneMayJoinAgain(TestDatabase db) throws Exception {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        members.join("design", "alice", T0);
        members.join("finance", "alice", T0);
        members.join("design", "bob", T0);

        members.leave("design", "alice");
        members.leave("design", "alice");
        members.leave("nowhere", "carol");

        assertFalse(members.isMember("design", "alice"));
        assertEquals(Set.of("finance"), members.communitiesOf("alice"));
        assertTrue(members.isMember("design", "bob"));
        members.join("design", "alice", T0.plusSeconds(5));
        assertTrue(members.isMember("design", "alice"));
        assertEquals(3, rows(db));
    }

    @EachDatabase
    void theLongestKeys_fit(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        String community = "c".repeat(50);
        String user = "u".repeat(255);

        members.join(community, user, T0);

        assertTrue(members.isMember(community, user));
        assertEquals(Set.of(community), members.communitiesOf(user));
    }

    @EachDatabase
    void aJoinRacingAnotherJoin_isOneMembership_withoutAnError(TestDatabase db) throws Exception {
        // Deterministic race: the other join inserts between this one's check and its insert.
        JdbcActiveObjects ao = aoOn(db);
        AoCommunityMembers other = new AoCommunityMembers(ao);
        AtomicInteger inserts = new AtomicInteger();
        AoCommunityMembers racing = new AoCommunityMembers(new RacingActiveObjects(ao, type -> {
            if (inserts.incrementAndGet() == 1) {
                RacingActiveObjects.onAnotherThread(() -> {
                    other.join("design", "alice", T0);
                    return null;
                });
            }
        }));

        racing.join("design", "alice", T0.plusSeconds(1));

        assertEquals(1, inserts.get());
        assertEquals(1, rows(db));
        assertEquals(T0.toEpochMilli(), joinedAt(db), "the other join's row stands");
    }

    @EachDatabase
    void eightJoinsAtOnce_areOneMembership(TestDatabase db) throws Exception {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));

        RacingActiveObjects.allAtOnce(8, i -> {
            members.join("design", "alice", T0.plusMillis(i));
            return null;
        });

        assertEquals(1, rows(db));
        assertTrue(members.isMember("design", "alice"));
    }

    private static long rows(TestDatabase db) throws Exception {
        return single(db, "SELECT COUNT(*) FROM \"AO_1514BA_MEMBER\"");
    }

    private static long joinedAt(TestDatabase db) throws Exception {
        return single(db, "SELECT MIN(\"JOINED_AT\") FROM \"AO_1514BA_MEMBER\"");
    }

    private static long single(TestDatabase db, String sql) throws Exception {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @EachDatabase
    void recordedDepartments_givesEachPersonOnce_andMixedWhereTheirRowsDisagree(TestDatabase db) {
        AoCommunityMembers members = new AoCommunityMembers(aoOn(db));
        members.put(new io.outloud.community.Membership("design", "alice", io.outloud.community.Membership.State.MEMBER,
                io.outloud.community.Membership.Role.LEAD, "Design", T0));
        members.put(new io.outloud.community.Membership("platform", "alice", io.outloud.community.Membership.State.MEMBER,
                io.outloud.community.Membership.Role.MEMBER, "Design", T0));
        members.put(new io.outloud.community.Membership("design", "bob", io.outloud.community.Membership.State.REQUESTED,
                io.outloud.community.Membership.Role.MEMBER, "", T0));
        members.put(new io.outloud.community.Membership("platform", "carol", io.outloud.community.Membership.State.MEMBER,
                io.outloud.community.Membership.Role.MEMBER, "Sales", T0));
        members.put(new io.outloud.community.Membership("design", "carol", io.outloud.community.Membership.State.MEMBER,
                io.outloud.community.Membership.Role.MEMBER, "Old team", T0));

        assertEquals(java.util.Map.of("alice", "Design", "bob", "", "carol", io.outloud.community.CommunityMembers.MIXED),
                members.recordedDepartments());
        members.departmentChanged("carol", "Sales");
        assertEquals("Sales", members.recordedDepartments().get("carol"));
    }
}
