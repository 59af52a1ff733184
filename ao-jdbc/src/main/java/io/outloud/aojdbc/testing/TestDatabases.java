package io.outloud.aojdbc.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fresh databases for store tests, on H2 and PostgreSQL.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("io.outloud.aojdbc.testing.TestDatabases#kinds")
 * void savesBlocks(DatabaseKind kind) {
 *     try (TestDatabase db = TestDatabases.open(kind)) {
 *         ActiveObjects ao = db.activeObjects("io.outloud.confluence");
 *         ...
 *     }
 * }
 * }</pre>
 * or simply annotate the test {@link EachDatabase} and take a {@link TestDatabase} parameter.
 *
 * <p>PostgreSQL comes from the system property {@value #PG_URL_PROPERTY} (a JDBC URL with user and password);
 * without it the PostgreSQL case is skipped, unless {@value #REQUIRE_POSTGRES_PROPERTY}{@code =true}, which turns
 * the skip into a failure (for CI).
 */
public final class TestDatabases {
    public static final String PG_URL_PROPERTY = "outloud.test.pg.url";
    public static final String REQUIRE_POSTGRES_PROPERTY = "outloud.test.requirePostgres";
    private static Connection schemaConnection;

    private TestDatabases() {
    }

    /** Every database kind, for {@code @MethodSource}. */
    public static Stream<DatabaseKind> kinds() {
        return Stream.of(DatabaseKind.values());
    }

    /** A new empty database; skips (or, if PostgreSQL is required, fails) the test when PostgreSQL is not configured. */
    public static TestDatabase open(DatabaseKind kind) {
        return switch (kind) {
            case H2 -> openH2();
            case POSTGRESQL -> openPostgres();
        };
    }

    private static TestDatabase openH2() {
        String url = "jdbc:h2:mem:outloud_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        return new TestDatabase(DatabaseKind.H2, new DriverManagerDataSource(url), () -> {
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        });
    }

    private static TestDatabase openPostgres() {
        String baseUrl = System.getProperty(PG_URL_PROPERTY, "").trim();
        if (baseUrl.isEmpty() || baseUrl.startsWith("${")) { // "${env...}" when Maven found no environment variable
            String reason = "PostgreSQL not configured: set -D" + PG_URL_PROPERTY + " (or OUTLOUD_TEST_PG_URL)";
            if (Boolean.getBoolean(REQUIRE_POSTGRES_PROPERTY)) {
                Assertions.fail(reason + ", required by -D" + REQUIRE_POSTGRES_PROPERTY + "=true");
            }
            Assumptions.abort(reason);
        }
        String schema = "outloud_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        runOnPostgres(baseUrl, "CREATE SCHEMA " + schema);
        String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        KeptConnections connections = new KeptConnections(url);
        return new TestDatabase(DatabaseKind.POSTGRESQL, connections, () -> {
            connections.close();
            runOnPostgres(baseUrl, "DROP SCHEMA " + schema + " CASCADE");
        });
    }

    /** Creates and drops the tests' schemas on one connection, kept for the run (a new one costs about 100 ms). */
    private static synchronized void runOnPostgres(String url, String sql) {
        try {
            if (schemaConnection == null || schemaConnection.isClosed()) {
                schemaConnection = DriverManager.getConnection(url);
            }
            try (Statement statement = schemaConnection.createStatement()) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            closeQuietly();
            throw new IllegalStateException("PostgreSQL at " + PG_URL_PROPERTY + " failed: " + sql, e);
        }
    }

    private static void closeQuietly() {
        try {
            if (schemaConnection != null) {
                schemaConnection.close();
            }
        } catch (SQLException ignored) {
            // broken already: the next call opens a new one
        }
        schemaConnection = null;
    }
}
