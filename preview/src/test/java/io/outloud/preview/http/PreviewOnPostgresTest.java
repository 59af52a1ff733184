package io.outloud.preview.http;

import io.outloud.aojdbc.testing.TestDatabases;
import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With OUTLOUD_DB_URL naming PostgreSQL, the preview keeps everything there: host tables and the plugin's AO tables. */
class PreviewOnPostgresTest {
    @TempDir
    Path dataDir;

    @Test
    void thePreviewRunsOnPostgreSql() throws Exception {
        String base = System.getProperty(TestDatabases.PG_URL_PROPERTY, "").trim();
        if (base.isEmpty() || base.startsWith("${")) {
            if (Boolean.getBoolean(TestDatabases.REQUIRE_POSTGRES_PROPERTY)) {
                Assertions.fail("PostgreSQL is required but " + TestDatabases.PG_URL_PROPERTY + " is not set");
            }
            Assumptions.abort("PostgreSQL not configured");
        }
        String schema = "outloud_pv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        run(base, "CREATE SCHEMA " + schema);
        try {
            String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            PreviewConfig config = PreviewConfig.forTest(dataDir).withDatabaseUrl(url);
            try (PreviewServer server = PreviewServer.start(config)) {
                long pageId = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.WELCOME).orElseThrow().id();
                PreviewClient alice = new PreviewClient(server.baseUrl()).actAs("alice");
                String page = alice.get("/pages/viewpage.action?pageId=" + pageId).body();
                Matcher id = Pattern.compile("data-macro-id=\"([^\"]+)\"").matcher(page);
                assertTrue(id.find(), page);
                String path = "/rest/outloud/1.0/blocks/" + pageId + "/" + id.group(1) + "/reactions";
                PreviewClient.Response reacted = alice.postJson(path, "{\"kind\":\"same-here\"}");
                assertEquals(200, reacted.statusCode(), reacted.body());
                assertTrue(reacted.body().contains("{\"kind\":\"same-here\",\"count\":1,\"mine\":true}"), reacted.body());
            }
            try (Connection connection = DriverManager.getConnection(base); Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT COUNT(*) FROM " + schema + ".\"AO_1514BA_REACTION\"")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the reaction is in PostgreSQL, in the table AO would name");
            }
        } finally {
            run(base, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void run(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
