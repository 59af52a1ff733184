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

/**
 * Data Center: two preview nodes on one PostgreSQL database show the same state at once, because the app keeps
 * nothing node-local that must be shared (what one node writes, the other reads on the next request).
 */
class TwoNodesOnPostgresTest {
    @TempDir
    Path nodeA;
    @TempDir
    Path nodeB;

    @Test
    void whatOneNodeWritesTheOtherShowsAtOnce() throws Exception {
        String base = System.getProperty(TestDatabases.PG_URL_PROPERTY, "").trim();
        if (base.isEmpty() || base.startsWith("${")) {
            if (Boolean.getBoolean(TestDatabases.REQUIRE_POSTGRES_PROPERTY)) {
                Assertions.fail("PostgreSQL is required but " + TestDatabases.PG_URL_PROPERTY + " is not set");
            }
            Assumptions.abort("PostgreSQL not configured");
        }
        String schema = "outloud_dc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        run(base, "CREATE SCHEMA " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (PreviewServer a = PreviewServer.start(config(nodeA, url)); PreviewServer b = PreviewServer.start(config(nodeB, url))) {
            long pageId = a.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.WELCOME).orElseThrow().id();
            assertEquals(DemoContent.PEOPLE.size(), b.hosts().users().all().size(), "the demo was added once, by the first node");

            PreviewClient aliceOnA = new PreviewClient(a.baseUrl()).actAs("alice");
            PreviewClient brunoOnB = new PreviewClient(b.baseUrl()).actAs("bruno");
            Matcher id = Pattern.compile("data-macro-id=\"([^\"]+)\"").matcher(aliceOnA.get("/pages/viewpage.action?pageId=" + pageId).body());
            assertTrue(id.find());
            String block = "/rest/outloud/1.0/blocks/" + pageId + "/" + id.group(1);

            assertEquals(200, aliceOnA.postJson(block + "/reactions", "{\"kind\":\"useful\"}").statusCode());
            String onB = brunoOnB.get(block + "/reactions").body();
            assertTrue(onB.contains("{\"kind\":\"useful\",\"count\":1,\"mine\":false}"), onB);

            assertEquals(201, brunoOnB.postJson(block + "/replies", "{\"text\":\"Written on node B\"}").statusCode());
            assertTrue(aliceOnA.get(block + "/replies").body().contains("Written on node B"));
            assertTrue(aliceOnA.get("/pages/viewpage.action?pageId=" + pageId).body().contains("outloud-replies-count\">1<"),
                    "node A renders the reply count node B caused");

            assertEquals(200, brunoOnB.postJson(block + "/reactions", "{\"kind\":\"useful\"}").statusCode());
            assertTrue(aliceOnA.get(block + "/reactions").body().contains("{\"kind\":\"useful\",\"count\":2,\"mine\":true}"));
        } finally {
            run(base, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static PreviewConfig config(Path dataDir, String url) {
        return PreviewConfig.forTest(dataDir).withDatabaseUrl(url);
    }

    private static void run(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
