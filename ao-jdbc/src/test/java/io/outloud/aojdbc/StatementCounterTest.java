package io.outloud.aojdbc;

import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import net.java.ao.Query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementCounterTest {
    @EachDatabase
    void countsEveryKindOfExecutionPerThread(TestDatabase db) throws Exception {
        StatementCounter counter = db.statementCounter();
        counter.start();
        try (Connection connection = db.dataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE \"T\" (\"X\" INTEGER)");
                statement.executeUpdate("INSERT INTO \"T\" VALUES (1)");
                statement.executeQuery("SELECT * FROM \"T\"").close();
            }
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO \"T\" VALUES (?)")) {
                statement.setInt(1, 2);
                statement.addBatch();
                statement.setInt(1, 3);
                statement.addBatch();
                statement.executeBatch();
            }
            connection.getMetaData().getTables(null, null, "T", null).close(); // not a statement of ours
        }
        // Another thread's statements do not count in this thread's scope.
        CompletableFuture.runAsync(() -> db.execute("INSERT INTO \"T\" VALUES (4)")).get();
        assertEquals(4, counter.stop());
        assertEquals(5, counter.total());
        assertEquals(0, counter.stop(), "stopped");
    }

    @EachDatabase
    void activeObjectsOperationsCostOneStatementEach(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        StatementCounter counter = db.statementCounter();
        counter.start();
        BlockEntity block = ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L));
        block.setTitle("x");
        block.save();
        ao.find(BlockEntity.class, Query.select("TITLE"));
        ao.count(BlockEntity.class, Query.select());
        ao.delete(block);
        assertEquals(5, counter.stop());
    }
}
