package io.outloud.aojdbc;

import io.outloud.aojdbc.testing.DatabaseKind;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema migrate() creates, read back through JDBC metadata of the real database. */
class SchemaTest {
    static final String KEY = "io.outloud.confluence";
    static final String TABLE = "AO_1514BA_BLOCK_ENTITY";

    @Table("Evolving")
    interface EvolvingV1 extends Entity {
        String getName();

        void setName(String name);
    }

    @Table("Evolving")
    interface EvolvingV2 extends Entity {
        String getName();

        void setName(String name);

        @Indexed
        Integer getRank();

        void setRank(Integer rank);
    }

    interface Reference extends Entity {
        BlockEntity getBlock();
    }

    interface WithArray extends Entity {
        String[] getTags();
    }

    interface TooLongString extends Entity {
        @StringLength(1000)
        String getText();
    }

    /** One column as the database reports it. */
    record Column(int dataType, String typeName, int size, boolean nullable, boolean autoIncrement, String defaultValue) {
    }

    @EachDatabase
    void createsTableWithAoNamesTypesAndConstraints(TestDatabase db) throws SQLException {
        db.activeObjects(KEY).migrate(BlockEntity.class);

        Map<String, Column> columns = columns(db, TABLE);
        assertEquals(Set.of("ID", "PAGE_ID", "TITLE", "BODY", "STATUS", "TRASHED", "PINNED", "POSITION", "VOTES", "SCORE",
                "CREATED_AT", "EXTERNAL_KEY"), columns.keySet());
        boolean pg = db.kind() == DatabaseKind.POSTGRESQL;

        assertEquals(Types.INTEGER, columns.get("ID").dataType());
        assertTrue(columns.get("ID").autoIncrement());
        assertFalse(columns.get("ID").nullable());
        assertEquals(Types.BIGINT, columns.get("PAGE_ID").dataType());
        assertFalse(columns.get("PAGE_ID").nullable());
        assertEquals(Types.VARCHAR, columns.get("TITLE").dataType());
        assertEquals(255, columns.get("TITLE").size());
        assertTrue(columns.get("TITLE").nullable());
        assertEquals(64, columns.get("EXTERNAL_KEY").size());
        assertEquals(pg ? "text" : "CHARACTER LARGE OBJECT", columns.get("BODY").typeName());
        assertEquals(255, columns.get("STATUS").size());
        assertFalse(columns.get("STATUS").nullable());
        assertTrue(columns.get("STATUS").defaultValue().contains("'OPEN'"), columns.get("STATUS").defaultValue());
        assertEquals(pg ? Types.BIT : Types.BOOLEAN, columns.get("TRASHED").dataType()); // pgjdbc reports bool as BIT
        assertEquals(Types.INTEGER, columns.get("VOTES").dataType());
        assertEquals(Types.DOUBLE, columns.get("SCORE").dataType());
        assertEquals(Types.TIMESTAMP, columns.get("CREATED_AT").dataType());

        Map<String, Boolean> indexes = singleColumnIndexes(db, TABLE);
        assertEquals(Boolean.FALSE, indexes.get("PAGE_ID"), "non-unique index on PAGE_ID: " + indexes);
        assertEquals(Boolean.TRUE, indexes.get("EXTERNAL_KEY"), "unique constraint on EXTERNAL_KEY: " + indexes);
        assertEquals(Boolean.TRUE, indexes.get("ID"), "primary key: " + indexes);
        assertFalse(indexes.containsKey("TITLE"));
        assertEquals(Set.of("ID"), primaryKey(db, TABLE));
    }

    @EachDatabase
    void migratingAgainChangesNothing(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(KEY);
        ao.migrate(BlockEntity.class);
        ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L));

        db.statementCounter().start();
        ao.migrate(BlockEntity.class);
        assertEquals(0, db.statementCounter().stop(), "no DDL on an up-to-date schema");
        assertEquals(1, ao.count(BlockEntity.class, net.java.ao.Query.select()));
    }

    @EachDatabase
    void addsNewColumnAndIndexKeepingRows(TestDatabase db) throws SQLException {
        JdbcActiveObjects ao = db.activeObjects(KEY);
        ao.migrate(EvolvingV1.class);
        EvolvingV1 old = ao.create(EvolvingV1.class, Map.of("NAME", "kept"));

        ao.migrate(EvolvingV2.class);

        assertTrue(columns(db, "AO_1514BA_EVOLVING").containsKey("RANK"));
        assertEquals(Boolean.FALSE, singleColumnIndexes(db, "AO_1514BA_EVOLVING").get("RANK"));
        EvolvingV2 row = ao.get(EvolvingV2.class, old.getID());
        assertEquals("kept", row.getName());
        assertEquals(null, row.getRank());
    }

    @EachDatabase
    void rejectsUnsupportedEntityShapes(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(KEY);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ao.migrate(Reference.class))
                .getMessage().contains("getBlock"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ao.migrate(WithArray.class))
                .getMessage().contains("getTags"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ao.migrate(TooLongString.class))
                .getMessage().contains("@StringLength(1000)"));
    }

    static Map<String, Column> columns(TestDatabase db, String table) throws SQLException {
        Map<String, Column> columns = new HashMap<>();
        try (Connection connection = db.dataSource().getConnection();
             ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME"), new Column(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                        "YES".equals(rs.getString("IS_AUTOINCREMENT")), rs.getString("COLUMN_DEF")));
            }
        }
        return columns;
    }

    /** Column -> unique, for every single-column index. */
    static Map<String, Boolean> singleColumnIndexes(TestDatabase db, String table) throws SQLException {
        Map<String, Set<String>> columnsByIndex = new HashMap<>();
        Map<String, Boolean> uniqueByIndex = new HashMap<>();
        try (Connection connection = db.dataSource().getConnection();
             ResultSet rs = connection.getMetaData().getIndexInfo(null, connection.getSchema(), table, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                columnsByIndex.computeIfAbsent(index, k -> new HashSet<>()).add(rs.getString("COLUMN_NAME"));
                uniqueByIndex.put(index, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        Map<String, Boolean> result = new HashMap<>();
        columnsByIndex.forEach((index, columns) -> {
            if (columns.size() == 1) {
                result.merge(columns.iterator().next(), uniqueByIndex.get(index), Boolean::logicalOr);
            }
        });
        return result;
    }

    static Set<String> primaryKey(TestDatabase db, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (Connection connection = db.dataSource().getConnection();
             ResultSet rs = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), table)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }
}
