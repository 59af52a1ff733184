package io.outloud.privacy.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.privacy.PersonalData;
import io.outloud.common.privacy.TextsOnErasure;
import net.java.ao.RawEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a person is erased, no table of the app holds their key: every table the descriptor's {@code <ao>} module
 * lists (so a table added later is in the scan), every text column of it, on H2 and PostgreSQL. The person and a
 * colleague have data in every feature; the colleague keeps theirs, and the counters agree with the rows.
 */
class ErasureLeavesNoKeyTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final String ALICE = "8a7f80f4-alice-2c91";
    private static final String BOB = "8a7f80f4-bob-77d0";
    private static final String CAROL = "8a7f80f4-carol-5e12";

    @EachDatabase
    void erasingWithTextsDeleted_leavesTheKeyInNoTable(TestDatabase db) throws Exception {
        eraseAndScan(db, TextsOnErasure.DELETE);
    }

    @EachDatabase
    void erasingWithTextsAnonymised_leavesTheKeyInNoTable(TestDatabase db) throws Exception {
        eraseAndScan(db, TextsOnErasure.ANONYMISE);
    }

    private static void eraseAndScan(TestDatabase db, TextsOnErasure texts) throws Exception {
        JdbcActiveObjects ao = aoWithEveryTable(db);
        EveryFeature.seed(ao, 100, ALICE, BOB, CAROL);
        Set<String> before = tablesHolding(db, ALICE);
        // The scan must be able to see the key: the person is in every table that names people before the erasure.
        assertTrue(before.size() >= 15, "the key is found before the erasure in: " + before);
        Set<String> bobBefore = tablesHolding(db, BOB);

        for (PersonalData feature : EveryFeature.personalData(ao)) {
            feature.erase(ALICE, texts);
        }

        assertEquals(Set.of(), tablesHolding(db, ALICE), "tables that still hold the erased person's key");
        Set<String> bobAfter = tablesHolding(db, BOB);
        // The colleague keeps their data, except the request to share the erased person asked of them (it was theirs together).
        // And the follow of them by the erased person (it was the erased person's).
        bobBefore.removeIf(column -> column.endsWith("SHARE_REQUEST.ASKEE_KEY") || column.endsWith("_FOLLOW.TARGET"));
        // And the notice held for the erased person's digest that the colleague caused (it was the erased person's).
        bobBefore.removeIf(column -> column.endsWith("_HELD_NOTICE.ACTOR_KEY") || column.endsWith("_HELD_NOTICE.TEXT"));
        // And, when texts go, the thanks the erased person gave them (kept without a name otherwise).
        if (texts == TextsOnErasure.DELETE) {
            bobBefore.removeIf(column -> column.endsWith("_THANKS.RECEIVER_KEY"));
        }
        assertEquals(bobBefore, bobAfter, "the colleague keeps their data");
        assertEquals(2, intValue(db, "SELECT \"MEMBER_COUNT\" FROM " + table(ao, "COMMUNITY")), "the member counter counts who is left");
        assertEquals(2, intValue(db, "SELECT COUNT(*) FROM " + table(ao, "MEMBER")));
        int replies = intValue(db, "SELECT COUNT(*) FROM " + table(ao, "REPLY"));
        assertEquals(texts == TextsOnErasure.DELETE ? 2 : 3, replies, "replies deleted or kept without a name");
        assertEquals(2, intValue(db, "SELECT COUNT(*) FROM " + table(ao, "REACTION")), "the person's reaction is gone, so is its count");
    }

    static JdbcActiveObjects aoWithEveryTable(TestDatabase db) throws Exception {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(descriptorEntities().toArray(Class[]::new));
        return ao;
    }

    /** The entities the plugin descriptor's {@code <ao>} module lists: every table the app has. */
    @SuppressWarnings("unchecked")
    static List<Class<? extends RawEntity<?>>> descriptorEntities() throws Exception {
        String descriptor = Files.readString(Path.of("src/main/resources/atlassian-plugin.xml"));
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        Matcher entity = Pattern.compile("<entity>\\s*([\\w.]+)\\s*</entity>").matcher(descriptor);
        while (entity.find()) {
            entities.add((Class<? extends RawEntity<?>>) Class.forName(entity.group(1)));
        }
        assertFalse(entities.isEmpty(), "the descriptor lists entities");
        return entities;
    }

    /** Every app table (AO_<hash>_...) with a text column holding {@code key} anywhere in its text: "TABLE.COLUMN". */
    static Set<String> tablesHolding(TestDatabase db, String key) throws Exception {
        Set<String> found = new TreeSet<>();
        try (Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(null, null, "%", "%")) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    int type = rows.getInt("DATA_TYPE");
                    boolean text = type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB || type == Types.LONGVARCHAR
                            || type == Types.NVARCHAR || type == Types.NCLOB || type == Types.LONGNVARCHAR;
                    if (table.toUpperCase().startsWith("AO_") && text) {
                        columns.add(new String[]{table, rows.getString("COLUMN_NAME")});
                    }
                }
            }
            assertTrue(columns.size() > 40, "the scan sees the app's text columns: " + columns.size());
            for (String[] column : columns) {
                String sql = "SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE \"" + column[1] + "\" LIKE ?";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, "%" + key + "%");
                    try (ResultSet count = statement.executeQuery()) {
                        count.next();
                        if (count.getInt(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String table(JdbcActiveObjects ao, String suffix) throws Exception {
        for (Class<? extends RawEntity<?>> type : descriptorEntities()) {
            String name = ao.tableName(type);
            if (name.endsWith("_" + suffix)) {
                return "\"" + name + "\"";
            }
        }
        throw new IllegalArgumentException(suffix);
    }

    private static int intValue(TestDatabase db, String sql) throws Exception {
        try (Connection connection = db.dataSource().getConnection(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
