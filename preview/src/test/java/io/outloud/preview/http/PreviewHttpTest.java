package io.outloud.preview.http;

import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.StoredPage;
import io.outloud.preview.web.PageServlet;
import io.outloud.preview.web.RequestFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview over real HTTP: pages render the plugin's macros, the REST resource writes and reads through
 * Active Objects with the REST module's access and XSRF rules, and a page's SQL statements do not grow with
 * the number of blocks on it.
 */
class PreviewHttpTest {
    private static final Pattern MACRO_ID = Pattern.compile("data-macro-id=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;
    private static PreviewServer server;
    private static long welcomeId;
    private static long restrictedId;

    @BeforeAll
    static void startPreview() throws Exception {
        server = PreviewServer.start(PreviewConfig.forTest(dataDir));
        welcomeId = page(DemoContent.TEAM, DemoContent.WELCOME).id();
        restrictedId = page(DemoContent.TEAM, DemoContent.RESTRICTED).id();
    }

    @AfterAll
    static void stopPreview() throws Exception {
        server.close();
    }

    @Test
    void home_answers200WithLinksToTheDemoPages() throws Exception {
        PreviewClient.Response home = anonymous().get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("/pages/viewpage.action?pageId=" + welcomeId), "links to the welcome page");
        assertTrue(!home.body().contains(DemoContent.RESTRICTED), "anonymous readers do not see the restricted page listed");
    }

    @Test
    void pageView_rendersEveryBlockThroughThePluginsMacroAndRequiresItsWebResource() throws Exception {
        PreviewClient.Response page = anonymous().get("/pages/viewpage.action?pageId=" + welcomeId);
        assertEquals(200, page.statusCode());
        assertEquals(4, count(page.body(), "data-outloud-macro=\"working-out-loud\""));
        for (String status : List.of("exploring", "in-progress", "stuck", "done")) {
            assertTrue(page.body().contains("outloud-status-" + status), status);
        }
        assertTrue(page.body().contains("/download/resources/io.outloud.confluence:wol-block/block.js"), "block script required");
        assertTrue(page.body().contains("/npm/@atlassian/aui/dist/aui/aui-prototyping.js"), "AUI as its dependency");
        assertTrue(page.body().indexOf("aui-prototyping.js") < page.body().indexOf("block.js"), "dependencies first");
    }

    @Test
    void reactions_readableAnonymouslyOnAPublicPage_writableWhenLoggedIn() throws Exception {
        String macroId = macroIds(welcomeId).get(2);
        String path = reactionsPath(welcomeId, macroId);

        PreviewClient.Response read = anonymous().get(path);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"macroId\":\"" + macroId + "\""));

        assertEquals(401, anonymous().postJson(path, "{\"kind\":\"thanks\"}").statusCode(), "anonymous cannot react");

        PreviewClient alice = as("alice");
        PreviewClient.Response first = alice.postJson(path, "{\"kind\":\"same-here\"}");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("{\"kind\":\"same-here\",\"count\":1,\"mine\":true}"), first.body());
        PreviewClient.Response second = alice.postJson(path, "{\"kind\":\"same-here\"}");
        assertTrue(second.body().contains("{\"kind\":\"same-here\",\"count\":0,\"mine\":false}"), second.body());
    }

    @Test
    void reactions_onAPageYouMayNotView_areNotFound_exactlyLikeAPageThatDoesNotExist() throws Exception {
        String macroId = macroIdsAs("dirk", restrictedId).get(0);
        PreviewClient bruno = as("bruno");
        PreviewClient.Response restricted = bruno.get(reactionsPath(restrictedId, macroId));
        PreviewClient.Response missing = bruno.get(reactionsPath(987654321L, macroId));
        assertEquals(404, restricted.statusCode());
        assertEquals(missing.statusCode(), restricted.statusCode());
        assertEquals(missing.body(), restricted.body(), "nothing tells the two apart");
        assertEquals(404, bruno.postJson(reactionsPath(restrictedId, macroId), "{\"kind\":\"thanks\"}").statusCode());
        assertEquals(200, as("dirk").get(reactionsPath(restrictedId, macroId)).statusCode());
    }

    @Test
    void reactions_refuseBadInputWithAClearMessage() throws Exception {
        PreviewClient alice = as("alice");
        String path = reactionsPath(welcomeId, macroIds(welcomeId).get(0));

        PreviewClient.Response unknownKind = alice.postJson(path, "{\"kind\":\"meh\"}");
        assertEquals(400, unknownKind.statusCode());
        assertTrue(unknownKind.body().contains("Unknown reaction"), unknownKind.body());

        assertEquals(400, alice.postJson(path, "{\"kind\":").statusCode());
        assertEquals(400, alice.postJson(path, "[1,2]").statusCode());
        assertEquals(400, alice.postJson(path, "{\"kind\":42}").statusCode());
        assertEquals(413, alice.postJson(path, "{\"kind\":\"" + "x".repeat(70_000) + "\"}").statusCode(), "over the body limit");
        assertEquals(404, alice.postJson(reactionsPath(welcomeId, "no-such-block"), "{\"kind\":\"thanks\"}").statusCode());
        assertEquals(404, alice.postJson(reactionsPath(welcomeId, "%3Cscript%3E"), "{\"kind\":\"thanks\"}").statusCode());
    }

    @Test
    void xsrf_formLikePostsNeedTheNoCheckHeader_andBrowsersMustBeSameOrigin() throws Exception {
        PreviewClient alice = as("alice");
        String path = reactionsPath(welcomeId, macroIds(welcomeId).get(1));
        String body = "{\"kind\":\"useful\"}";

        PreviewClient.Response plain = alice.post(path, "text/plain", body);
        assertEquals(403, plain.statusCode());
        assertTrue(plain.body().contains("did not come from this site"), "the app refuses before the host: " + plain.body());
        assertEquals(403, alice.post(path, "application/x-www-form-urlencoded", body).statusCode());
        assertEquals(200, alice.post(path, "text/plain", body, "X-Atlassian-Token", "no-check").statusCode());

        String browser = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0";
        assertEquals(403, alice.postJson(path, body, "User-Agent", browser, "Origin", "http://evil.example").statusCode());
        assertEquals(403, alice.postJson(path, body, "User-Agent", browser).statusCode(), "a browser with neither Origin nor Referer");
        assertEquals(200, alice.postJson(path, body, "User-Agent", browser, "Origin", server.baseUrl()).statusCode());
        assertEquals(200, alice.postJson(path, body, "User-Agent", browser, "Referer", server.baseUrl() + "/pages/x").statusCode());
    }

    @Test
    void sqlStatementsPerPage_doNotGrowWithTheNumberOfBlocks() throws Exception {
        List<Long> statements = new ArrayList<>();
        List<Long> appStatements = new ArrayList<>();
        for (int blocks : new int[]{1, 10, 50}) {
            long pageId = server.hosts().pages().create(DemoContent.TEAM, "Blocks x" + blocks, blocksStorage(blocks), "8a7f80a1-eva");
            PreviewClient alice = as("alice");
            String path = "/pages/viewpage.action?pageId=" + pageId;
            PreviewClient.Response page = alice.get(path);
            assertEquals(blocks, count(page.body(), "data-outloud-macro=\"working-out-loud\""));
            alice.postJson(reactionsPath(pageId, macroIds(pageId).get(0)), "{\"kind\":\"thanks\"}");
            PreviewClient.Response again = alice.get(path);
            statements.add(Long.parseLong(again.header(RequestFilter.SQL_HEADER).orElseThrow()));
            appStatements.add(Long.parseLong(again.header(RequestFilter.APP_SQL_HEADER).orElseThrow()));
        }
        // The app's own (through its Active Objects), whatever the number of blocks: the blocks, their reactions, reply
        // counts and seen-by counts. The site settings come from their cluster-wide cache, the authors' cards need none
        // of the app's profiles, offers of help and answered requests are read only where a block shows them (9 before).
        assertEquals(List.of(4L, 4L, 4L), appStatements, "the app's own statements for 1, 10, 50 blocks");
        assertEquals(statements.get(0), statements.get(1), "1 vs 10 blocks: " + statements);
        assertEquals(statements.get(0), statements.get(2), "1 vs 50 blocks: " + statements);
        assertNotEquals(0L, statements.get(0));
    }

    /** Jetty reads an editor form as large as the page the editor allows, whatever its characters; larger is told. */
    @Test
    void theEditorsFormLimit_isThePageSizeItAllows() throws Exception {
        long pageId = server.hosts().pages().create(DemoContent.TEAM, "A long page", "<p>short</p>", "8a7f80a1-eva");
        PreviewClient eva = as("eva");
        String path = "/pages/editpage.action?pageId=" + pageId;
        // Three UTF-8 bytes each, nine once percent-encoded: the largest form a page at the limit makes.
        String atTheLimit = "<p>" + "\u20ac".repeat(PageServlet.MAX_BODY - 7) + "</p>";
        assertEquals(PageServlet.MAX_BODY, atTheLimit.length());
        PreviewClient.Response saved = eva.postForm(path, editForm(eva, atTheLimit));
        assertEquals(302, saved.statusCode(), saved.body());
        assertEquals(atTheLimit, server.hosts().pages().find(pageId).orElseThrow().body());

        PreviewClient.Response over = eva.postForm(path, editForm(eva, atTheLimit.replace("</p>", "\u20ac</p>")));
        assertEquals(400, over.statusCode());
        assertTrue(over.body().contains("The page is too long (at most 500000 characters"), "the editor's message");

        String[] overTheForm = postFormOnASocket(eva, path, editForm(eva, "x".repeat(PageServlet.MAX_FORM_BYTES)));
        assertTrue(overTheForm[0].startsWith("HTTP/1.1 413"), overTheForm[0]);
        assertTrue(overTheForm[1].contains("The page is too long (at most 500000 characters"), "the editor's message, not a bare 400");
        assertEquals(atTheLimit, server.hosts().pages().find(pageId).orElseThrow().body(), "nothing saved");
    }

    /**
     * The status line and the rest of the answer to a form posted on a raw socket, sent from another thread: a server
     * may answer a form over its limit and close before the client has sent it all (Jetty 12 does, at times), which
     * HttpURLConnection reports as "Error writing to server" instead of the answer.
     */
    private static String[] postFormOnASocket(PreviewClient client, String path, String form) throws Exception {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("localhost", server.port())) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nCookie: JSESSIONID=" + client.sessionId()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            java.util.concurrent.CompletableFuture<Void> sending = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (java.io.IOException e) {
                    // answered and closed before the whole form was sent: the answer is still there to read
                }
            });
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            sending.get(30, java.util.concurrent.TimeUnit.SECONDS);
            int endOfStatus = answer.indexOf("\r\n");
            return new String[] {endOfStatus < 0 ? answer : answer.substring(0, endOfStatus), answer};
        }
    }

    private static String editForm(PreviewClient client, String body) throws Exception {
        return "atl_token=" + client.formToken() + "&title=A+long+page&body=" + URLEncoder.encode(body, StandardCharsets.UTF_8);
    }

    /**
     * A page with every kind of the app's page macros (blocks and thoughts n times; a stream, requests to share and my
     * open thoughts once): the app's own statements do not grow with n. Each kind still reads its own tables, so
     * the figure is the sum of the kinds' (see README, "Performance and Data Center").
     */
    @Test
    void appStatementsPerPage_withEveryMacroKind_doNotGrowWithTheNumberOfMacros() throws Exception {
        List<Long> appStatements = new ArrayList<>();
        for (int n : new int[]{1, 10, 50}) {
            StringBuilder storage = new StringBuilder(blocksStorage(n));
            for (int i = 0; i < n; i++) {
                storage.append("<ac:structured-macro ac:name=\"half-finished-thought\" ac:macro-id=\"all-").append(n).append('-').append(i)
                        .append("\"><ac:parameter ac:name=\"question\">Q ").append(i).append("?</ac:parameter><ac:rich-text-body><p>Thought ")
                        .append(i).append("</p></ac:rich-text-body></ac:structured-macro>");
            }
            for (String kind : List.of("working-out-loud-stream", "working-out-loud-requests", "half-finished-thoughts-mine")) {
                storage.append("<ac:structured-macro ac:name=\"").append(kind).append("\" ac:macro-id=\"all-").append(n).append('-').append(kind)
                        .append("\"></ac:structured-macro>");
            }
            long pageId = server.hosts().pages().create(DemoContent.TEAM, "Every macro x" + n, storage.toString(), "8a7f80a1-eva");
            PreviewClient alice = as("alice");
            String path = "/pages/viewpage.action?pageId=" + pageId;
            PreviewClient.Response first = alice.get(path);
            assertEquals(n, count(first.body(), "data-outloud-macro=\"half-finished-thought\""));
            appStatements.add(Long.parseLong(alice.get(path).header(RequestFilter.APP_SQL_HEADER).orElseThrow()));
        }
        assertEquals(appStatements.get(0), appStatements.get(1), "1 vs 10 of each: " + appStatements);
        assertEquals(appStatements.get(0), appStatements.get(2), "1 vs 50 of each: " + appStatements);
        assertEquals(EVERY_MACRO_KIND_STATEMENTS, appStatements.get(0), "the app's own statements with every macro kind");
    }

    /** Blocks that ask for help and blocks that answer a request to share: one more lookup each, however many. */
    @Test
    void appStatementsPerPage_withBlocksAskingForHelpOrAnswering_doNotGrowWithTheNumberOfBlocks() throws Exception {
        List<Long> appStatements = new ArrayList<>();
        for (int n : new int[]{1, 10, 50}) {
            StringBuilder storage = new StringBuilder();
            for (int i = 0; i < n; i++) {
                storage.append("<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"help-").append(n).append('-').append(i)
                        .append("\"><ac:parameter ac:name=\"status\">stuck</ac:parameter><ac:parameter ac:name=\"answers\">#")
                        .append(900 + i).append("</ac:parameter><ac:rich-text-body><p>Help ").append(i).append("</p></ac:rich-text-body></ac:structured-macro>");
            }
            long pageId = server.hosts().pages().create(DemoContent.TEAM, "Help x" + n, storage.toString(), "8a7f80a1-eva");
            PreviewClient alice = as("alice");
            String path = "/pages/viewpage.action?pageId=" + pageId;
            assertEquals(n, count(alice.get(path).body(), "data-outloud-macro=\"working-out-loud\""));
            appStatements.add(Long.parseLong(alice.get(path).header(RequestFilter.APP_SQL_HEADER).orElseThrow()));
        }
        assertEquals(List.of(6L, 6L, 6L), appStatements, "the four of every page of blocks, the offers of help and the answered requests");
    }

    @Test
    void pageEdits_needTheFormTokenAndEditPermission() throws Exception {
        PreviewClient bruno = as("bruno");
        long engPage = page(DemoContent.ENG, "Build pipeline notes").id();
        String token = bruno.formToken();
        assertEquals(403, bruno.postForm("/pages/editpage.action?pageId=" + engPage, "atl_token=" + token + "&title=x&body=%3Cp%3Ex%3C%2Fp%3E").statusCode(),
                "bruno may view ENG but not edit it");
        PreviewClient eva = as("eva");
        assertEquals(403, eva.postForm("/pages/editpage.action?pageId=" + welcomeId, "title=x&body=%3Cp%3Ex%3C%2Fp%3E").statusCode(), "no token");
        PreviewClient.Response malformed = eva.postForm("/pages/editpage.action?pageId=" + welcomeId,
                "atl_token=" + eva.formToken() + "&title=Kept&body=%3Cp%3Eunclosed");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("&lt;p&gt;unclosed"), "the typed text is kept in the editor");
        assertEquals(DemoContent.WELCOME, page(DemoContent.TEAM, DemoContent.WELCOME).title(), "nothing saved");
    }

    @Test
    void webResourceScripts_carryTheirTextsInTheReadersLanguage() throws Exception {
        String german = anonymous().get("/download/resources/io.outloud.confluence:wol-block/block.js?locale=de").body();
        assertTrue(german.contains("AJS.format(\"Ihre Reaktion konnte nicht gespeichert werden."), german.substring(0, 400));
        assertTrue(!german.contains("AJS.I18n.getText("), "every call filled in");
    }

    @Test
    void avatars_areGeneratedLocally() throws Exception {
        PreviewClient.Response avatar = anonymous().get("/avatars/chloe.svg");
        assertEquals(200, avatar.statusCode());
        assertTrue(avatar.header("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(avatar.body().contains(">CL<"), avatar.body());
    }

    /** The npm packages (AUI, jQuery) packed into the preview's jar are served under /npm/ on both lines. */
    @Test
    void npmPackages_servedFromTheJar_withoutDirectoryListings() throws Exception {
        PreviewClient.Response jquery = anonymous().get("/npm/jquery/dist/jquery.min.js");
        assertEquals(200, jquery.statusCode());
        assertTrue(jquery.header("Content-Type").orElse("").contains("javascript"), jquery.header("Content-Type").orElse(""));
        assertTrue(jquery.body().contains("jQuery"), "the file itself");

        assertEquals(404, anonymous().get("/npm/jquery/dist/missing.js").statusCode());
        int listing = anonymous().get("/npm/jquery/dist/").statusCode();
        assertTrue(listing == 403 || listing == 404, "no directory listing: " + listing);
        assertNotEquals(200, anonymous().get("/npm/..%2F..%2Fpom.xml").statusCode(), "nothing outside node_modules");
    }

    /**
     * An encoded '%' or control character in a path segment reaches the REST resource on both lines (Jetty 12 refuses
     * them unless told); an encoded '/' is refused with the REST module's 400, as Confluence's Tomcat refuses it.
     */
    @Test
    void encodedCharactersInAPathSegment_reachTheRestResource_exceptAnEncodedSlash() throws Exception {
        for (String segment : List.of("a%25b", "a%09b")) {
            PreviewClient.Response replies = anonymous().get("/rest/outloud/1.0/blocks/" + welcomeId + "/" + segment + "/replies");
            assertEquals(404, replies.statusCode(), segment + ": " + replies.body());
            assertTrue(replies.header("Content-Type").orElse("").startsWith("application/json"), segment + ": " + replies.body());
            assertTrue(replies.body().contains("you may not see it"), "the resource's own answer: " + replies.body());
        }
        PreviewClient.Response slash = anonymous().get("/rest/outloud/1.0/blocks/" + welcomeId + "/a%2Fb/replies");
        assertEquals(400, slash.statusCode(), slash.body());
        assertEquals("{\"status\":400,\"message\":\"Bad Request\"}", slash.body());
    }

    /** The sum of each kind's own lookups (see README, "Performance and Data Center"). */
    private static final long EVERY_MACRO_KIND_STATEMENTS = 14;

    static String blocksStorage(int blocks) {
        StringBuilder storage = new StringBuilder("<p>Many blocks.</p>");
        for (int i = 0; i < blocks; i++) {
            storage.append("<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"blk-").append(blocks).append('-').append(i)
                    .append("\"><ac:parameter ac:name=\"status\">in-progress</ac:parameter><ac:rich-text-body><p>Block ")
                    .append(i).append("</p></ac:rich-text-body></ac:structured-macro>");
        }
        return storage.toString();
    }

    private static StoredPage page(String space, String title) {
        return server.hosts().pages().findByTitle(space, title).orElseThrow();
    }

    private static List<String> macroIds(long pageId) throws Exception {
        return ids(anonymous().get("/pages/viewpage.action?pageId=" + pageId).body());
    }

    private static List<String> macroIdsAs(String user, long pageId) throws Exception {
        return ids(as(user).get("/pages/viewpage.action?pageId=" + pageId).body());
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = MACRO_ID.matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String reactionsPath(long pageId, String macroId) {
        return "/rest/outloud/1.0/blocks/" + pageId + "/" + macroId + "/reactions";
    }

    private static PreviewClient anonymous() {
        return new PreviewClient(server.baseUrl());
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
