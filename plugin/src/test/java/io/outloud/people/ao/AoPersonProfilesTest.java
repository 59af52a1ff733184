package io.outloud.people.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.testing.RacingActiveObjects;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What people are open to talk about, on H2 and PostgreSQL, through the ActiveObjects calls the app makes in Confluence. */
class AoPersonProfilesTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:15:30.123Z");

    private static JdbcActiveObjects aoOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoProfile.class);
        return ao;
    }

    @EachDatabase
    void putOpenTo_keepsOneRowPerPerson_withTheLastText(TestDatabase db) throws Exception {
        AoPersonProfiles profiles = new AoPersonProfiles(aoOn(db));

        profiles.putOpenTo("alice", "maps", T0);
        profiles.putOpenTo("alice", "maps and trains", T0.plusSeconds(60));
        profiles.putOpenTo("bruno", "sourdough", T0);

        assertEquals(Map.of("alice", "maps and trains", "bruno", "sourdough"), profiles.openTo(List.of("alice", "bruno", "chloe")));
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"USER_KEY\", \"OPEN_TO\", \"UPDATED_AT\" FROM \"AO_1514BA_PROFILE\" ORDER BY \"USER_KEY\"")) {
            assertTrue(rows.next());
            assertEquals("alice", rows.getString(1));
            assertEquals("maps and trains", rows.getString(2));
            assertEquals(T0.plusSeconds(60).toEpochMilli(), rows.getLong(3));
            assertTrue(rows.next());
            assertEquals("bruno", rows.getString(1));
            assertFalse(rows.next());
        }
    }

    @EachDatabase
    void anEmptyText_saysNothing(TestDatabase db) {
        AoPersonProfiles profiles = new AoPersonProfiles(aoOn(db));
        profiles.putOpenTo("alice", "maps", T0);
        profiles.putOpenTo("alice", "", T0);
        assertEquals(Map.of(), profiles.openTo(List.of("alice")));
    }

    @EachDatabase
    void longTextInEveryScript_isKeptAsWritten(TestDatabase db) {
        AoPersonProfiles profiles = new AoPersonProfiles(aoOn(db));
        String text = "\uD83C\uDF5E".repeat(150) + "\u00e9\u4e2d<b>&\"'".repeat(20); // 300 code points, 440 UTF-16 units
        profiles.putOpenTo("alice", text, T0);
        assertEquals(text, profiles.openTo(List.of("alice")).get("alice"));
    }

    @EachDatabase
    void openTo_ofManyPeople_isOneStatement_andOneMorePer500Keys(TestDatabase db) {
        AoPersonProfiles profiles = new AoPersonProfiles(aoOn(db));
        List<String> keys = new ArrayList<>();
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < 1200; i++) {
            keys.add("user-" + i);
            if (i % 3 == 0) {
                profiles.putOpenTo("user-" + i, "topic " + i, T0);
                expected.put("user-" + i, "topic " + i);
            }
        }

        for (int people : new int[]{1, 10, 50, 500}) {
            db.statementCounter().start();
            Map<String, String> found = profiles.openTo(keys.subList(0, people));
            assertEquals(1, db.statementCounter().stop(), people + " people");
            assertEquals((people + 2) / 3, found.size(), people + " people");
        }
        db.statementCounter().start();
        Map<String, String> all = profiles.openTo(keys);
        assertEquals(3, db.statementCounter().stop(), "1,200 keys: three chunks of at most 500");
        assertEquals(expected, all);

        db.statementCounter().start();
        assertEquals(Map.of(), profiles.openTo(List.of()));
        assertEquals(0, db.statementCounter().stop(), "nobody: no statement");
    }

    @EachDatabase
    void keysAreValues_notPatterns(TestDatabase db) {
        AoPersonProfiles profiles = new AoPersonProfiles(aoOn(db));
        profiles.putOpenTo("alice", "maps", T0);
        assertEquals(Map.of(), profiles.openTo(List.of("%", "alice' OR '1'='1", "ALICE")));
    }

    @EachDatabase
    void aRacingFirstWrite_ofTheSamePerson_endsAsOneRow_withThisText(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        AoPersonProfiles other = new AoPersonProfiles(ao);
        java.util.concurrent.atomic.AtomicBoolean raced = new java.util.concurrent.atomic.AtomicBoolean();
        AoPersonProfiles profiles = new AoPersonProfiles(new RacingActiveObjects(ao, type -> {
            if (raced.compareAndSet(false, true)) {
                other.putOpenTo("alice", "the other tab", T0); // commits before this insert runs into the unique key
            }
        }));

        profiles.putOpenTo("alice", "maps", T0.plusSeconds(1));

        assertTrue(raced.get());
        assertEquals(Map.of("alice", "maps"), profiles.openTo(List.of("alice")));
        assertEquals(1, ao.count(AoProfile.class, net.java.ao.Query.select()));
    }
}
