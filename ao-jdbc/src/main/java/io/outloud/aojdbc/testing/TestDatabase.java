package io.outloud.aojdbc.testing;

import io.outloud.aojdbc.CountingDataSource;
import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.StatementCounter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh, isolated database for one test: a uniquely named H2 in-memory database, or a new PostgreSQL schema
 * that {@link #close()} drops again. Its {@link #dataSource()} counts statements in {@link #statementCounter()}.
 */
public final class TestDatabase implements AutoCloseable {
    private final DatabaseKind kind;
    private final DataSource dataSource;
    private final StatementCounter statementCounter = new StatementCounter();
    private final Cleanup cleanup;

    interface Cleanup {
        void run() throws SQLException;
    }

    TestDatabase(DatabaseKind kind, DataSource rawDataSource, Cleanup cleanup) {
        this.kind = kind;
        this.dataSource = new CountingDataSource(rawDataSource, statementCounter);
        this.cleanup = cleanup;
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** Connections to this database only (PostgreSQL: with the test's schema as current schema). */
    public DataSource dataSource() {
        return dataSource;
    }

    public StatementCounter statementCounter() {
        return statementCounter;
    }

    /** A new {@link JdbcActiveObjects} over this database for the given plugin key (table prefix). */
    public JdbcActiveObjects activeObjects(String pluginKey) {
        return new JdbcActiveObjects(dataSource, pluginKey);
    }

    /** Runs plain SQL, e.g. to prepare a legacy table in a migration test. */
    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    @Override
    public void close() {
        try {
            cleanup.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clean up the " + kind + " test database", e);
        }
    }

    @Override
    public String toString() {
        return kind.toString();
    }
}
