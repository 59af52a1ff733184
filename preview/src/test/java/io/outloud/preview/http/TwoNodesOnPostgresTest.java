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
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** Two previews on a new schema of the test PostgreSQL. */
    private interface TwoNodes {
        void run(PreviewServer a, PreviewServer b) throws Exception;
    }

    @Test
    void whatOneNodeWritesTheOtherShowsAtOnce() throws Exception {
        onTwoNodes((a, b) -> {
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
        });
    }

    /**
     * The site settings are cached on each node (a render reads none of them): an admin's change on node B is on node
     * A's next render, because the write removes the clustered entry on every node. Without that removal (or with a
     * node-local cache) node A would keep rendering the old rule.
     */
    @Test
    void aSiteSettingChangedOnOneNode_isOnTheOthersNextRender() throws Exception {
        onTwoNodes((a, b) -> {
            long pageId = a.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.WELCOME).orElseThrow().id();
            String page = "/pages/viewpage.action?pageId=" + pageId;
            String who = "outloud-reactions-who-toggle";
            PreviewClient chloeOnA = new PreviewClient(a.baseUrl()).actAs("chloe");
            PreviewClient adminOnB = new PreviewClient(b.baseUrl()).actAs("admin").secureAdminSession();
            String settings = "/rest/outloud/1.0/admin/settings";

            assertEquals(200, adminOnB.send("PUT", settings, "application/json", "{\"reactorNames\":\"nobody\"}").statusCode());
            assertFalse(chloeOnA.get(page).body().contains(who));
            assertFalse(new PreviewClient(b.baseUrl()).actAs("chloe").get(page).body().contains(who), "both nodes hold the rule now");

            assertEquals(200, adminOnB.send("PUT", settings, "application/json", "{\"reactorNames\":\"everyone\"}").statusCode());
            assertTrue(chloeOnA.get(page).body().contains(who), "node A renders the rule node B stored");

            assertEquals(200, adminOnB.send("PUT", settings, "application/json", "{\"reactorNames\":\"nobody\"}").statusCode());
            assertFalse(chloeOnA.get(page).body().contains(who), "and back");
        });
    }

    private void onTwoNodes(TwoNodes test) throws Exception {
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
            test.run(a, b);
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
