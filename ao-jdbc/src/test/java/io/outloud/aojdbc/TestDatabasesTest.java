package io.outloud.aojdbc;

import io.outloud.aojdbc.testing.DatabaseKind;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.aojdbc.testing.TestDatabases;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The @MethodSource style, and that databases are isolated from each other and cleaned up. */
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
}
