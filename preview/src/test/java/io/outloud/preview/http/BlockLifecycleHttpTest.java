package io.outloud.preview.http;

import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import io.outloud.wol.BlockStore;
import io.outloud.wol.ReactionStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blocks follow their pages through the host's page events: the person who saves a new block is its author
 * (shown on the card with department), later editors don't take it over, and trash, restore and purge follow.
 */
class BlockLifecycleHttpTest {
    private static final Pattern PAGE_ID = Pattern.compile("pageId=(\\d+)");
    private static final Pattern MACRO_ID = Pattern.compile("data-macro-id=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;
    private static PreviewServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PreviewServer.start(PreviewConfig.forTest(dataDir));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theSaverOfANewBlockIsItsAuthor_andLaterEditorsDoNotTakeItOver() throws Exception {
        PreviewClient farid = new PreviewClient(server.baseUrl()).actAs("farid");
        long pageId = create(farid, "Farid's notes", block("stuck", "Cleaning the survey data", "", ""));
        String page = farid.get("/pages/viewpage.action?pageId=" + pageId).body();
        assertTrue(page.contains("outloud-block-author-name\">Farid El Amrani<"), page);
        assertTrue(page.contains("outloud-block-author-department\">Research<"), page);
        assertTrue(page.contains("/avatars/farid.svg"), page);

        PreviewClient eva = new PreviewClient(server.baseUrl()).actAs("eva");
        String storage = server.hosts().pages().find(pageId).orElseThrow().body() + "<p>Eva was here.</p>";
        assertEquals(302, eva.postForm("/pages/editpage.action?pageId=" + pageId, form(eva, "Farid's notes", storage)).statusCode());
        String after = eva.get("/pages/viewpage.action?pageId=" + pageId).body();
        assertTrue(after.contains("outloud-block-author-name\">Farid El Amrani<"), "still Farid's block");
        assertTrue(after.contains("Eva was here."));
    }

    @Test
    void newParameters_showOnTheCard_escaped() throws Exception {
        PreviewClient alice = new PreviewClient(server.baseUrl()).actAs("alice");
        long pageId = create(alice, "Parameters", block("done", "Ship it", "Small steps &lt;script&gt;alert(1)&lt;/script&gt;", "A reviewer"));
        String page = alice.get("/pages/viewpage.action?pageId=" + pageId).body();
        assertTrue(page.contains("Small steps &lt;script&gt;alert(1)&lt;/script&gt;"), "learned, escaped: " + page);
        assertTrue(page.contains("outloud-block-help"), "help wanted section");
        assertTrue(page.contains(">data-pipeline<"), "labels");
        assertTrue(!page.contains("<script>alert(1)"));
    }

    @Test
    void trashRestoreAndPurge_followThePage() throws Exception {
        PreviewClient alice = new PreviewClient(server.baseUrl()).actAs("alice");
        long pageId = create(alice, "Short-lived", block("in-progress", "Temporary", "", ""));
        String page = alice.get("/pages/viewpage.action?pageId=" + pageId).body();
        Matcher id = MACRO_ID.matcher(page);
        assertTrue(id.find());
        assertEquals(200, alice.postJson("/rest/outloud/1.0/blocks/" + pageId + "/" + id.group(1) + "/reactions", "{\"kind\":\"thanks\"}").statusCode());
        PreviewClient bruno = new PreviewClient(server.baseUrl()).actAs("bruno");
        String seen = "/rest/outloud/1.0/blocks/" + pageId + "/" + id.group(1) + "/seen";
        assertTrue(bruno.postJson(seen, "{}").statusCode() < 300, "bruno saw the block");
        io.outloud.wol.SeenStore views = server.hosts().plugin().bean(io.outloud.wol.SeenStore.class);
        assertEquals(1, views.viewers(pageId, id.group(1), null, 10).size());
        BlockStore blocks = server.hosts().plugin().bean(BlockStore.class);
        ReactionStore reactions = server.hosts().plugin().bean(ReactionStore.class);
        int before = blocks.countBySpace(DemoContent.TEAM);

        assertEquals(302, alice.postForm("/pages/trashpage.action?pageId=" + pageId, "atl_token=" + alice.formToken()).statusCode());
        assertEquals(before - 1, blocks.countBySpace(DemoContent.TEAM), "a trashed page's block leaves the space's count");
        assertEquals(404, alice.get("/pages/viewpage.action?pageId=" + pageId).statusCode());

        PreviewClient eva = new PreviewClient(server.baseUrl()).actAs("eva"); // a TEAM space admin
        assertEquals(404, alice.postForm("/pages/restorepage.action?pageId=" + pageId, "atl_token=" + alice.formToken()).statusCode(),
                "only space admins restore");
        assertEquals(302, eva.postForm("/pages/restorepage.action?pageId=" + pageId, "atl_token=" + eva.formToken()).statusCode());
        assertEquals(before, blocks.countBySpace(DemoContent.TEAM), "restored");

        assertEquals(302, alice.postForm("/pages/trashpage.action?pageId=" + pageId, "atl_token=" + alice.formToken()).statusCode());
        assertEquals(302, eva.postForm("/pages/purgepage.action?pageId=" + pageId, "atl_token=" + eva.formToken()).statusCode());
        assertTrue(blocks.findByPage(pageId).isEmpty(), "purged: blocks deleted");
        assertTrue(reactions.forPage(pageId).isEmpty(), "purged: reactions deleted");
        assertTrue(views.viewers(pageId, id.group(1), null, 10).isEmpty(), "purged: views deleted");
    }

    @Test
    void removingASpace_deletesTheDataOfItsPagesBlocks_andOnlyItsAdminsMayRemoveIt() throws Exception {
        server.hosts().spaces().create("LAB", "Lab", false);
        server.hosts().spaces().grant("LAB", "8a7f80a1-alice", io.outloud.preview.host.SpacePermission.VIEW, io.outloud.preview.host.SpacePermission.EDIT);
        server.hosts().spaces().grant("LAB", "8a7f80a1-eva", io.outloud.preview.host.SpacePermission.VIEW, io.outloud.preview.host.SpacePermission.EDIT,
                io.outloud.preview.host.SpacePermission.ADMIN);
        PreviewClient alice = new PreviewClient(server.baseUrl()).actAs("alice");
        PreviewClient eva = new PreviewClient(server.baseUrl()).actAs("eva");
        long kept = create(alice, DemoContent.TEAM, "Kept in TEAM", block("done", "Stays", "", ""));
        long lab = create(alice, "LAB", "Lab notes", block("stuck", "Goes with the space", "", ""));
        long trashed = create(alice, "LAB", "Lab trash", block("done", "Also goes", "", ""));
        String labBlock = macroId(alice.get("/pages/viewpage.action?pageId=" + lab).body());
        String keptBlock = macroId(alice.get("/pages/viewpage.action?pageId=" + kept).body());
        assertEquals(302, alice.postForm("/pages/trashpage.action?pageId=" + trashed, "atl_token=" + alice.formToken()).statusCode());
        assertEquals(200, eva.postJson("/rest/outloud/1.0/blocks/" + lab + "/" + labBlock + "/reactions", "{\"kind\":\"thanks\"}").statusCode());
        assertEquals(201, eva.postJson("/rest/outloud/1.0/blocks/" + lab + "/" + labBlock + "/replies", "{\"text\":\"On it\"}").statusCode());
        assertEquals(201, eva.postJson("/rest/outloud/1.0/blocks/" + lab + "/" + labBlock + "/help", "{\"message\":\"I can\"}").statusCode());
        assertEquals(201, eva.postJson("/rest/outloud/1.0/share-requests", "{\"pageId\":" + lab + ",\"macroId\":\"" + labBlock
                + "\",\"topic\":\"the lab\"}").statusCode());
        assertEquals(200, eva.postJson("/rest/outloud/1.0/blocks/" + kept + "/" + keptBlock + "/reactions", "{\"kind\":\"thanks\"}").statusCode());
        BlockStore blocks = server.hosts().plugin().bean(BlockStore.class);
        ReactionStore reactions = server.hosts().plugin().bean(ReactionStore.class);
        io.outloud.wol.ReplyStore replies = server.hosts().plugin().bean(io.outloud.wol.ReplyStore.class);
        io.outloud.wol.HelpStore help = server.hosts().plugin().bean(io.outloud.wol.HelpStore.class);
        io.outloud.wol.ShareRequestStore requests = server.hosts().plugin().bean(io.outloud.wol.ShareRequestStore.class);
        assertEquals(1, replies.countsForPage(lab).getOrDefault(labBlock, 0));

        assertEquals(404, alice.postForm("/spaces/removespace.action?key=LAB", "atl_token=" + alice.formToken()).statusCode(), "admins only");
        assertEquals(403, eva.postForm("/spaces/removespace.action?key=LAB", "atl_token=wrong").statusCode(), "form token");
        assertTrue(eva.get("/").body().contains("id=\"remove-space-LAB\""), "offered to the space's admin");
        assertEquals(302, eva.postForm("/spaces/removespace.action?key=LAB", "atl_token=" + eva.formToken()).statusCode());

        assertTrue(server.hosts().spaces().space("LAB").isEmpty());
        assertTrue(blocks.findByPage(lab).isEmpty() && blocks.findByPage(trashed).isEmpty(), "the space's blocks are gone, trashed too");
        assertTrue(reactions.forPage(lab).isEmpty());
        assertTrue(replies.countsForPage(lab).isEmpty());
        assertTrue(help.forPage(lab).isEmpty());
        assertEquals(0, requests.askedBy("8a7f80a1-eva", null, 10).get(0).pageId(), "the request stays; the page is forgotten");
        assertEquals(1, reactions.forPage(kept).size(), "other spaces keep theirs");
        assertTrue(blocks.find(kept, keptBlock).isPresent());
        assertTrue(!eva.get("/rest/outloud/1.0/stream?limit=50").body().contains("Goes with the space"));
    }

    private static String macroId(String html) {
        Matcher id = MACRO_ID.matcher(html);
        assertTrue(id.find(), html);
        return id.group(1);
    }

    private static long create(PreviewClient client, String title, String storage) throws Exception {
        return create(client, DemoContent.TEAM, title, storage);
    }

    private static long create(PreviewClient client, String spaceKey, String title, String storage) throws Exception {
        PreviewClient.Response created = client.postForm("/pages/createpage.action", "spaceKey=" + spaceKey + "&" + form(client, title, storage));
        assertEquals(302, created.statusCode(), created.body());
        Matcher id = PAGE_ID.matcher(created.header("Location").orElseThrow());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    private static String form(PreviewClient client, String title, String storage) throws Exception {
        return "atl_token=" + client.formToken() + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8)
                + "&body=" + URLEncoder.encode(storage, StandardCharsets.UTF_8);
    }

    private static String block(String status, String workingOn, String learned, String helpWanted) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"status\">" + status + "</ac:parameter>"
                + "<ac:parameter ac:name=\"working-on\">" + workingOn + "</ac:parameter>"
                + (learned.isEmpty() ? "" : "<ac:parameter ac:name=\"learned\">" + learned + "</ac:parameter>")
                + (helpWanted.isEmpty() ? "" : "<ac:parameter ac:name=\"help-wanted\">" + helpWanted + "</ac:parameter>")
                + "<ac:parameter ac:name=\"labels\">data-pipeline, &lt;b&gt;</ac:parameter>"
                + "<ac:rich-text-body><p>Narration.</p></ac:rich-text-body></ac:structured-macro>";
    }
}
