package io.outloud.preview.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.outloud.aojdbc.CountingDataSource;
import io.outloud.aojdbc.StatementCounter;

import javax.sql.DataSource;

/**
 * The preview's database: a pooled connection to H2 or PostgreSQL, counting every statement per request, and apart
 * the app's own (those through its Active Objects), so a request's cost splits into the host's and the app's.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final StatementCounter counter = new StatementCounter();
    private final StatementCounter appCounter = new StatementCounter();
    private final DataSource counting;
    private final DataSource appCounting;

    public Database(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(20);
        config.setPoolName("outloud-preview");
        this.pool = new HikariDataSource(config);
        this.counting = new CountingDataSource(pool, counter);
        this.appCounting = new CountingDataSource(counting, appCounter);
    }

    public DataSource dataSource() {
        return counting;
    }

    public StatementCounter counter() {
        return counter;
    }

    /** For the app's Active Objects only: its statements count here and in {@link #counter()}. */
    public DataSource appDataSource() {
        return appCounting;
    }

    public StatementCounter appCounter() {
        return appCounter;
    }

    @Override
    public void close() {
        pool.close();
    }
}
