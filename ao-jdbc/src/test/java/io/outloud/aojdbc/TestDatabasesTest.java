package io.outloud.aojdbc;

import io.outloud.aojdbc.testing.DatabaseKind;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.aojdbc.testing.TestDatabases;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The @MethodSource style, that databases are isolated from each other and cleaned up, and that PostgreSQL's connections are kept. */
class TestDatabasesTest {
    @ParameterizedTest
    @MethodSource("io.outloud.aojdbc.testing.TestDatabases#kinds")
    void eachOpenGivesAnEmptyIsolatedDatabase(DatabaseKind kind) {
        try (TestDatabase first = TestDatabases.open(kind); TestDatabase second = TestDatabases.open(kind)) {
            JdbcActiveObjects a = first.activeObjects(CrudTest.KEY);
            a.migrate(BlockEntity.class);
            a.create(BlockEntity.class, Map.of("PAGE_ID", 1L));

            JdbcActiveObjects b = second.activeObjects(CrudTest.KEY);
            assertThrows(AoSqlException.class, () -> b.count(BlockEntity.class, Query.select()), "no table in the second");
            b.migrate(BlockEntity.class);
            assertEquals(0, b.count(BlockEntity.class, Query.select()));
            assertEquals(1, a.count(BlockEntity.class, Query.select()));
        }
    }

    @ParameterizedTest
    @MethodSource("io.outloud.aojdbc.testing.TestDatabases#kinds")
    void closeDiscardsTheDatabase(DatabaseKind kind) {
        TestDatabase db = TestDatabases.open(kind);
        JdbcActiveObjects ao = db.activeObjects(CrudTest.KEY);
        ao.migrate(BlockEntity.class);
        db.close();
        assertThrows(AoSqlException.class, () -> ao.count(BlockEntity.class, Query.select()));
    }

    @Test
    void onPostgres_aClosedConnectionIsKeptForTheNextCall_cleanOfWhatItLeftUncommitted() throws SQLException {
        try (TestDatabase db = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
            db.execute("CREATE TABLE kept (id INT)");
            int backend;
            try (Connection first = db.dataSource().getConnection()) {
                backend = backendOf(first);
                first.setAutoCommit(false);
                first.createStatement().execute("INSERT INTO kept VALUES (1)");
            } // closed without a commit
            try (Connection next = db.dataSource().getConnection(); Connection concurrent = db.dataSource().getConnection()) {
                assertEquals(backend, backendOf(next), "the same physical connection, not a new one");
                assertTrue(next.getAutoCommit(), "in auto-commit again");
                assertNotEquals(backend, backendOf(concurrent), "a second caller at the same time gets one of its own");
                try (ResultSet rows = next.createStatement().executeQuery("SELECT COUNT(*) FROM kept")) {
                    rows.next();
                    assertEquals(0, rows.getInt(1), "what the first caller left uncommitted was rolled back");
                }
            }
            Connection returned = db.dataSource().getConnection();
            returned.close();
            assertTrue(returned.isClosed());
            assertThrows(SQLException.class, returned::createStatement, "a connection given back is closed to its caller");
        }
    }

    private static int backendOf(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
