package io.outloud.aojdbc;

import io.outloud.aojdbc.BlockEntity.Status;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import net.java.ao.DBParam;
import net.java.ao.Preload;
import net.java.ao.Query;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.RawEntity;
import net.java.ao.schema.StringLength;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrudTest {
    static final String KEY = "io.outloud.confluence";

    /** A natural (String) primary key, preloaded so get() needs one statement for everything. */
    @Preload
    interface Setting extends RawEntity<String> {
        @PrimaryKey("KEY")
        @NotNull
        @StringLength(100)
        String getKey();

        String getValue();

        void setValue(String value);
    }

    @EachDatabase
    void createsWithDbParamsAndReadsBack(TestDatabase db) throws SQLException {
        JdbcActiveObjects ao = migrated(db);
        Date created = new Date(1_700_000_000_123L);
        BlockEntity block = ao.create(BlockEntity.class, new DBParam("PAGE_ID", 42L), new DBParam("TITLE", "Hello"),
                new DBParam("CREATED_AT", created), new DBParam("STATUS", Status.DONE), new DBParam("VOTES", 3));

        assertTrue(block.getID() > 0);
        assertEquals(42L, block.getPageId());
        assertEquals("Hello", block.getTitle());
        assertEquals(Status.DONE, block.getStatus());
        assertEquals("Hello #" + block.getID(), block.label());

        // What the database holds, read with plain JDBC rather than through ao-jdbc.
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT \"PAGE_ID\", \"STATUS\", \"CREATED_AT\", \"TRASHED\" FROM \"AO_1514BA_BLOCK_ENTITY\" WHERE \"ID\" = ?")) {
            statement.setInt(1, block.getID());
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(42L, rs.getLong(1));
                assertEquals("DONE", rs.getString(2));
                assertEquals(created.getTime(), rs.getTimestamp(3).getTime());
                assertNull(rs.getObject(4));
            }
        }

        BlockEntity loaded = ao.get(BlockEntity.class, block.getID());
        assertEquals(created, loaded.getCreatedAt());
        assertEquals(3, loaded.getVotes());
        assertEquals(block, loaded);
        assertEquals(block.hashCode(), loaded.hashCode());
    }

    @EachDatabase
    void nullColumnsReadAsJavaDefaultsAndDatabaseDefaultsApply(TestDatabase db) {
        JdbcActiveObjects ao = migrated(db);
        BlockEntity block = ao.create(BlockEntity.class, Map.of("PAGE_ID", 7L));

        assertFalse(block.isTrashed());
        assertEquals(0, block.getVotes());
        assertEquals(0.0d, block.getScore());
        assertNull(block.getPinned());
        assertNull(block.getPosition());
        assertNull(block.getTitle());
        assertNull(block.getCreatedAt());
        assertEquals(Status.OPEN, block.getStatus(), "@Default(\"OPEN\") applied by the database");
    }

    @EachDatabase
    void settersAreWrittenBySave(TestDatabase db) {
        JdbcActiveObjects ao = migrated(db);
        BlockEntity block = ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L, "TITLE", "before"));
        block.setTitle("after");
        block.setTrashed(true);
        block.setPinned(Boolean.TRUE);
        block.setScore(2.5);
        block.setPosition(null);
        block.setBody("x".repeat(20_000)); // beyond any VARCHAR: CLOB/TEXT
        assertEquals("after", block.getTitle(), "setter value visible before save");
        assertEquals("before", ao.get(BlockEntity.class, block.getID()).getTitle(), "not written before save");

        block.save();

        BlockEntity reloaded = ao.get(BlockEntity.class, block.getID());
        assertEquals("after", reloaded.getTitle());
        assertTrue(reloaded.isTrashed());
        assertEquals(Boolean.TRUE, reloaded.getPinned());
        assertEquals(2.5, reloaded.getScore());
        assertEquals(20_000, reloaded.getBody().length());
        assertTrue(reloaded.toString().startsWith("BlockEntity{ID=" + block.getID()), reloaded.toString());
    }

    @EachDatabase
    void saveWithoutChangesRunsNoStatement(TestDatabase db) {
        JdbcActiveObjects ao = migrated(db);
        BlockEntity block = ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L));
        db.statementCounter().start();
        block.save();
        assertEquals(0, db.statementCounter().stop());
    }

    @EachDatabase
    void createWithMapAndNaturalKey(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(KEY);
        ao.migrate(Setting.class);
        Map<String, Object> values = new HashMap<>();
        values.put("KEY", "theme");
        values.put("VALUE", "dark");
        Setting created = ao.create(Setting.class, values);
        assertEquals("theme", created.getKey());

        db.statementCounter().start();
        Setting loaded = ao.get(Setting.class, "theme");
        assertEquals("dark", loaded.getValue());
        assertEquals(1, db.statementCounter().stop(), "@Preload: one SELECT for get() and its getters");
        assertThrows(IllegalArgumentException.class, () -> ao.create(Setting.class, Map.of("VALUE", "no key")));
    }

    @EachDatabase
    void getOfMissingRowIsNull(TestDatabase db) {
        assertNull(migrated(db).get(BlockEntity.class, 12345));
    }

    @EachDatabase
    void unknownOrMistypedFieldsAreRejected(TestDatabase db) {
        JdbcActiveObjects ao = migrated(db);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ao.create(BlockEntity.class, new DBParam("PAGE_ID", 1L), new DBParam("pageId", 2L)));
        assertTrue(unknown.getMessage().contains("pageId"), unknown.getMessage());
        IllegalArgumentException mistyped = assertThrows(IllegalArgumentException.class,
                () -> ao.create(BlockEntity.class, new DBParam("PAGE_ID", "one")));
        assertTrue(mistyped.getMessage().contains("PAGE_ID"), mistyped.getMessage());
        assertEquals(0, ao.count(BlockEntity.class, Query.select()));
    }

    @EachDatabase
    void missingNotNullValueFailsInTheDatabase(TestDatabase db) {
        JdbcActiveObjects ao = migrated(db);
        assertThrows(AoSqlException.class, () -> ao.create(BlockEntity.class, Map.of("TITLE", "no page")));
    }

    @EachDatabase
    void deletesEntitiesAndBySql(TestDatabase db) {
        JdbcActiveObjects ao = migrated(db);
        BlockEntity a = ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L));
        BlockEntity b = ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L));
        BlockEntity c = ao.create(BlockEntity.class, Map.of("PAGE_ID", 2L));
        ao.create(BlockEntity.class, Map.of("PAGE_ID", 3L));

        ao.delete(a, c);
        assertNull(ao.get(BlockEntity.class, a.getID()));
        assertEquals(b, ao.get(BlockEntity.class, b.getID()));

        assertEquals(1, ao.deleteWithSQL(BlockEntity.class, "PAGE_ID = ?", 1L));
        assertEquals(0, ao.deleteWithSQL(BlockEntity.class, "PAGE_ID = ?", 1L));
        assertEquals(1, ao.count(BlockEntity.class, Query.select()));
    }

    @EachDatabase
    void distinctEntitiesAreNotEqual(TestDatabase db) {
        JdbcActiveObjects ao = migrated(db);
        BlockEntity a = ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L));
        BlockEntity b = ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L));
        assertNotEquals(a, b);
        assertNotEquals(a, null);
        assertNotEquals(a, "BlockEntity");
    }

    static JdbcActiveObjects migrated(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(KEY);
        ao.migrate(BlockEntity.class);
        return ao;
    }
}
