package io.outloud.preview.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who reacted, over real HTTP, under each of the site's rules: names for the block's author only (the default), for
 * every signed-in reader, or for nobody; a person who chose not to be named is counted, never named; anonymous
 * readers get counts. The rule holds in the REST answer and in the page (no "Who reacted?" where names are not shown).
 */
class WhoReactedHttpTest extends DemoPreviewHttpTest {

    @Test
    void namesFollowTheSiteRule_andEachPersonsChoice() throws Exception {
        String block = welcomeBlocks.get(1); // Chloé's
        String reactions = "/rest/outloud/1.0/blocks/" + welcomeId + "/" + block + "/reactions";
        String people = reactions + "/people";
        PreviewClient dirk = as("dirk");
        assertEquals(200, dirk.send("PUT", "/rest/outloud/1.0/me/preferences", "application/json", "{\"hideMyName\":true}").statusCode());
        for (String who : new String[]{"bruno", "alice", "dirk"}) {
            assertEquals(200, as(who).postJson(reactions, "{\"kind\":\"useful\"}").statusCode());
        }

        PreviewClient admin = as("admin").secureAdminSession();
        String byDefault = as("eva").get(people).body();
        assertTrue(byDefault.contains("\"namesShown\":false") && !byDefault.contains("Bruno"), "by default only the author sees names: " + byDefault);
        assertTrue(as("chloe").get(people).body().contains("\"name\":\"Bruno Dubois\""), "Chlo\u00e9 wrote the block");
        assertEquals(200, admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"reactorNames\":\"everyone\"}").statusCode());

        String forEva = as("eva").get(people).body();
        assertTrue(forEva.contains("\"namesShown\":true"), forEva);
        assertTrue(forEva.contains("{\"kind\":\"useful\",\"label\":\"Useful\",\"count\":3,\"people\":[{\"name\":\"Bruno Dubois\""), forEva);
        assertTrue(forEva.contains("\"name\":\"Alice Janssens\""), forEva);
        assertFalse(forEva.contains("Dirk"), "Dirk chose not to be named: " + forEva);
        assertTrue(forEva.contains("\"others\":1,\"othersText\":\"1 more, not named\""), forEva);
        assertFalse(forEva.contains("8a7f80a1-"), "no user key leaves");
        String anonymous = new PreviewClient(server.baseUrl()).get(people).body();
        assertTrue(anonymous.contains("\"namesShown\":false"), anonymous);
        assertFalse(anonymous.contains("Bruno") || anonymous.contains("Alice"), anonymous);
        assertTrue(anonymous.contains("\"count\":3,\"people\":[],\"others\":3,\"othersText\":\"3, not named\""), anonymous);
        assertTrue(as("eva").get("/pages/viewpage.action?pageId=" + welcomeId).body().contains("outloud-reactions-who-toggle"));

        assertEquals(403, as("eva").send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"reactorNames\":\"nobody\"}").statusCode());
        PreviewClient.Response bad = admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"reactorNames\":\"managers\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("reactorNames must be everyone, author or nobody."), bad.body());
        try {
            PreviewClient.Response author = admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"reactorNames\":\"author\"}");
            assertTrue(author.body().contains("\"reactorNames\":\"author\""), author.body());
            assertTrue(as("eva").get(people).body().contains("\"namesShown\":false"));
            assertFalse(as("eva").get(people).body().contains("Bruno"));
            assertFalse(as("bruno").get("/pages/viewpage.action?pageId=" + welcomeId).body().contains("outloud-reactions-who-toggle"),
                    "bruno wrote none of these blocks");
            String forChloe = as("chloe").get(people).body();
            assertTrue(forChloe.contains("\"name\":\"Bruno Dubois\"") && !forChloe.contains("Dirk"), forChloe);
            assertTrue(as("chloe").get("/pages/viewpage.action?pageId=" + welcomeId).body().contains("outloud-reactions-who-toggle"));

            admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"reactorNames\":\"nobody\"}");
            assertTrue(as("chloe").get(people).body().contains("\"namesShown\":false"));
            assertFalse(as("chloe").get(people).body().contains("Bruno"));
        } finally {
            admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"reactorNames\":\"author\"}");
        }
        String restrictedBlock = ids(as("dirk").get("/pages/viewpage.action?pageId=" + restrictedId).body()).get(0);
        assertEquals(200, as("dirk").get("/rest/outloud/1.0/blocks/" + restrictedId + "/" + restrictedBlock + "/reactions/people").statusCode());
        assertEquals(404, as("eva").get("/rest/outloud/1.0/blocks/" + restrictedId + "/" + restrictedBlock + "/reactions/people").statusCode(),
                "a page Eva may not view");
    }
}
