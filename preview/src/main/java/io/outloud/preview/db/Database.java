package io.outloud.preview.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.outloud.aojdbc.CountingDataSource;
import io.outloud.aojdbc.StatementCounter;

import javax.sql.DataSource;

/** The preview's database: a pooled connection to H2 or PostgreSQL, counting every statement per request. */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final StatementCounter counter = new StatementCounter();
    private final DataSource counting;

    public Database(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(20);
        config.setPoolName("outloud-preview");
        this.pool = new HikariDataSource(config);
        this.counting = new CountingDataSource(pool, counter);
    }

    public DataSource dataSource() {
        return counting;
    }

    public StatementCounter counter() {
        return counter;
    }

    @Override
    public void close() {
        pool.close();
    }
}
