package io.outloud.preview.http;

import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.SpacePermission;
import io.outloud.preview.web.RequestFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stream over real HTTP: the REST resource's filters, refusals and permissions, the macro, statements per page. */
class StreamHttpTest {
    private static final String STREAM = "/rest/outloud/1.0/stream";
    private static final String RESTRICTED_BLOCK = "Options for the team structure";
    private static final Pattern MACRO_ID = Pattern.compile("\"macroId\":\"([^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");

    @TempDir
    static Path dataDir;
    private static PreviewServer server;

    @BeforeAll
    static void startPreview() throws Exception {
        server = PreviewServer.start(PreviewConfig.forTest(dataDir));
    }

    @AfterAll
    static void stopPreview() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRestrictedPagesBlock_isInDirksStream_butNotInBrunosOrAnonymous() throws Exception {
        PreviewClient.Response dirk = as("dirk").get(STREAM + "?space=TEAM&limit=50");
        PreviewClient.Response bruno = as("bruno").get(STREAM + "?space=TEAM&limit=50");
        PreviewClient.Response anonymous = new PreviewClient(server.baseUrl()).get(STREAM + "?space=TEAM&limit=50");

        assertEquals(200, dirk.statusCode(), dirk.body());
        assertTrue(dirk.body().contains(RESTRICTED_BLOCK), dirk.body());
        assertTrue(dirk.body().contains(DemoContent.RESTRICTED), dirk.body());
        for (PreviewClient.Response other : List.of(bruno, anonymous)) {
            assertEquals(200, other.statusCode(), other.body());
            assertFalse(other.body().contains(RESTRICTED_BLOCK), other.body());
            assertFalse(other.body().contains(DemoContent.RESTRICTED), other.body());
            assertFalse(other.body().contains("total"), "no totals");
            assertEquals(6, ids(other).size(), other.body()); // five on the welcome and buddies pages, one on Data curious
        }
        assertEquals(7, ids(dirk).size());
    }

    @Test
    void filters_statusPersonDepartmentSpace() throws Exception {
        PreviewClient alice = as("alice");
        PreviewClient.Response stuck = as("bruno").get(STREAM + "?status=stuck"); // alice also sees another test's stuck blocks
        assertEquals(200, stuck.statusCode(), stuck.body());
        assertTrue(stuck.body().contains("Exporting survey results to our data warehouse"), stuck.body());
        assertEquals(1, ids(stuck).size(), stuck.body());
        assertTrue(stuck.body().contains("\"status\":\"stuck\""));
        assertTrue(stuck.body().contains("\"path\":\"/pages/viewpage.action?pageId="), stuck.body());
        assertTrue(stuck.body().contains("#outloud-block-"), stuck.body());
        assertTrue(stuck.body().contains("\"department\":\"Research\""), stuck.body());
        assertFalse(stuck.body().contains("8a7f80a1-"), "no user key leaves");

        assertEquals(1, ids(alice.get(STREAM + "?person=chloe")).size());
        assertEquals(0, ids(alice.get(STREAM + "?person=nobody")).size());
        PreviewClient.Response finance = alice.get(STREAM + "?department=Finance");
        assertTrue(finance.body().contains("A glossary of finance terms"), finance.body());
        assertEquals(1, ids(finance).size());
        PreviewClient.Response eng = alice.get(STREAM + "?space=ENG");
        assertTrue(eng.body().contains("Halving the nightly build time"), eng.body());
        assertEquals(1, ids(eng).size());
        assertEquals(0, ids(as("chloe").get(STREAM + "?space=ENG")).size(), "chloe may not view ENG");
    }

    @Test
    void invalidFilters_are400sWithAMessage() throws Exception {
        PreviewClient alice = as("alice");
        PreviewClient.Response status = alice.get(STREAM + "?status=blocked");
        assertEquals(400, status.statusCode());
        assertTrue(status.body().contains("Unknown status. Use one of: exploring, in-progress, stuck, done"), status.body());
        for (String query : List.of("limit=0", "limit=51", "limit=ten", "before=yesterday", "label=%3Cb%3E", "space=%40self")) {
            PreviewClient.Response refused = alice.get(STREAM + "?" + query);
            assertEquals(400, refused.statusCode(), query + ": " + refused.body());
            assertTrue(refused.body().contains("\"message\":\""), refused.body());
        }
    }

    @Test
    void keysetPages_followTheCursor_withoutRepeatsOrSkips() throws Exception {
        PreviewClient dirk = as("dirk");
        List<String> all = ids(dirk.get(STREAM + "?limit=50"));
        List<String> paged = new ArrayList<>();
        String next = "";
        for (int guard = 0; guard < 10; guard++) {
            PreviewClient.Response page = dirk.get(STREAM + "?limit=2" + (next.isEmpty() ? "" : "&before=" + next));
            paged.addAll(ids(page));
            Matcher cursor = NEXT.matcher(page.body());
            if (!cursor.find()) {
                assertTrue(page.body().contains("\"more\":false"), page.body());
                break;
            }
            next = cursor.group(1);
        }
        assertEquals(all, paged);
        assertEquals(all.size(), new HashSet<>(all).size());
        assertEquals(7, all.size(), "dirk sees the TEAM space's seven blocks, not ENG's");
    }

    @Test
    void theStreamPage_rendersItems_linkingToTheBlocks_andTheBlocksHaveTheAnchor() throws Exception {
        PreviewClient alice = as("bruno"); // sees only the demo content, whatever other tests add
        long streamId = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.STREAM).orElseThrow().id();
        String body = alice.get("/pages/viewpage.action?pageId=" + streamId).body();
        assertEquals(2, count(body, "data-outloud-macro=\"working-out-loud-stream\""), body);
        assertEquals(4, count(body, "class=\"outloud-stream-item "), "3 recent + 1 stuck: " + body);
        Matcher link = Pattern.compile("href=\"/pages/viewpage.action\\?pageId=(\\d+)#outloud-block-([A-Za-z0-9-]+)\"").matcher(body);
        assertTrue(link.find(), body);
        String target = alice.get("/pages/viewpage.action?pageId=" + link.group(1)).body();
        assertTrue(target.contains("id=\"outloud-block-" + link.group(2) + "\""), "the block carries the anchor");
    }

    @Test
    void statementsPerStreamPage_doNotGrowWithTheNumberOfItemsShown() throws Exception {
        PreviewClient alice = as("alice");
        List<Long> statements = new ArrayList<>();
        for (int blocks : new int[]{1, 5, 10, 30}) {
            String space = "S" + blocks;
            server.hosts().spaces().create(space, "Space " + blocks, false);
            server.hosts().spaces().grant(space, "8a7f80a1-alice", SpacePermission.VIEW, SpacePermission.EDIT);
            long pageId = server.hosts().pages().create(space, "Blocks x" + blocks, blocksStorage(space, blocks), "8a7f80a1-alice");
            alice.get("/pages/viewpage.action?pageId=" + pageId); // renders, so the blocks are registered
            long streamId = server.hosts().pages().create(space, "Stream of " + blocks, "<ac:structured-macro ac:name=\"working-out-loud-stream\""
                    + " ac:schema-version=\"1\" ac:macro-id=\"stream-" + blocks + "\"><ac:parameter ac:name=\"space\">@self</ac:parameter>"
                    + "<ac:parameter ac:name=\"limit\">10</ac:parameter></ac:structured-macro>", "8a7f80a1-alice");
            String path = "/pages/viewpage.action?pageId=" + streamId;
            PreviewClient.Response page = alice.get(path);
            assertEquals(Math.min(blocks, 10), count(page.body(), "class=\"outloud-stream-item "), page.body());
            statements.add(Long.parseLong(alice.get(path).header(RequestFilter.SQL_HEADER).orElseThrow()));
        }
        assertEquals(statements.get(0), statements.get(1), "1 vs 5 items: " + statements);
        assertEquals(statements.get(0), statements.get(2), "1 vs 10 items: " + statements);
        assertEquals(statements.get(0), statements.get(3), "1 vs 10 items of 30: " + statements);
        assertNotEquals(0L, statements.get(0));
    }

    private static String blocksStorage(String space, int blocks) {
        StringBuilder storage = new StringBuilder("<p>Many blocks.</p>");
        for (int i = 0; i < blocks; i++) {
            storage.append("<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"")
                    .append(space.toLowerCase()).append("-").append(i).append("\"><ac:parameter ac:name=\"status\">stuck</ac:parameter>")
                    .append("<ac:parameter ac:name=\"working-on\">Item ").append(i).append("</ac:parameter>")
                    .append("<ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>");
        }
        return storage.toString();
    }

    private static List<String> ids(PreviewClient.Response response) {
        assertEquals(200, response.statusCode(), response.body());
        List<String> ids = new ArrayList<>();
        Matcher matcher = MACRO_ID.matcher(response.body());
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static PreviewClient as(String username) throws Exception {
        return new PreviewClient(server.baseUrl()).actAs(username);
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
