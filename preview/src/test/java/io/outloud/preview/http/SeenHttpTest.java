package io.outloud.preview.http;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seen-by over real HTTP: recording views, the author's names with the site's and each person's privacy rules, and
 * the settings endpoints. Every seen-related response is kept and searched for names that must stay hidden.
 */
class SeenHttpTest extends DemoPreviewHttpTest {
    /** The app's own statements to record a first view of the day (block, known?, view, viewer known?, viewer, count). */
    private static final long FIRST_VIEW_STATEMENTS = 6;
    /** ... and a second view the same day (block, known?, count). */
    private static final long REPEAT_VIEW_STATEMENTS = 3;
    /** The demo people who view Eva's block, and the names their REST answers might carry. */
    private static final List<String> VIEWERS = List.of("alice", "bruno", "chloe", "dirk", "farid", "admin");
    private static final List<String> VIEWER_NAMES = List.of("Alice Janssens", "Bruno Dubois", "Chlo\\u00e9 Lef\\u00e8vre",
            "Chlo\u00e9 Lef\u00e8vre", "Dirk M\\u00fcller", "Dirk M\u00fcller", "Farid El Amrani", "Sam Peeters");

    @Test
    void theAuthorSeesNamesOnlyWhenAllowed_neverOptedOutOnes_andNoResponseCarriesAHiddenName() throws Exception {
        String path = seenPath(welcomeId, welcomeBlocks.get(0)); // Eva's block
        List<PreviewClient.Response> whileNamesHidden = new ArrayList<>();
        List<PreviewClient.Response> whileFaridOptedOut = new ArrayList<>();

        PreviewClient eva = as("eva");
        PreviewClient.Response own = eva.post(path, "application/json", "{}");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"recorded\":false"), "the author is never recorded: " + own.body());
        assertTrue(own.body().contains("Not seen by colleagues yet"), own.body());
        whileNamesHidden.add(own);

        for (String viewer : VIEWERS) {
            PreviewClient.Response seen = as(viewer).post(path, "application/json", "{}");
            assertEquals(200, seen.statusCode(), viewer + ": " + seen.body());
            assertTrue(seen.body().contains("\"recorded\":true"), viewer + ": " + seen.body());
            whileNamesHidden.add(seen);
        }
        PreviewClient.Response again = as("alice").post(path, "application/json", "{}");
        assertTrue(again.body().contains("\"recorded\":false"), "once a day: " + again.body());
        assertTrue(again.body().contains("\"viewers\":6"), again.body());
        assertTrue(again.body().contains("Seen by 6 colleagues in 6 departments"), again.body());
        whileNamesHidden.add(again);
        assertTrue(as("alice").get("/pages/viewpage.action?pageId=" + welcomeId).body().contains("Seen by 6 colleagues in 6 departments"),
                "the rendered block shows the line");

        PreviewClient.Response namesOff = eva.get(path);
        assertEquals(200, namesOff.statusCode(), namesOff.body());
        assertTrue(namesOff.body().contains("\"namesShown\":false"), namesOff.body());
        assertTrue(namesOff.body().contains("\"names\":[]"), namesOff.body());
        whileNamesHidden.add(namesOff);
        PreviewClient.Response notTheAuthor = as("bruno").get(path);
        assertEquals(403, notTheAuthor.statusCode(), notTheAuthor.body());
        whileNamesHidden.add(notTheAuthor);
        for (PreviewClient.Response response : whileNamesHidden) {
            for (String name : VIEWER_NAMES) {
                assertFalse(response.body().contains(name), "names are off by default, yet: " + response.body());
            }
        }

        PreviewClient admin = as("admin").secureAdminSession();
        assertEquals(200, admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"namesToAuthors\":true}").statusCode());
        PreviewClient farid = as("farid");
        PreviewClient.Response optOut = farid.send("PUT", "/rest/outloud/1.0/me/preferences", "application/json", "{\"hideMyName\":true}");
        assertEquals(200, optOut.statusCode(), optOut.body());
        assertEquals("{\"hideMyName\":true}", farid.get("/rest/outloud/1.0/me/preferences").body());

        PreviewClient.Response named = eva.get(path);
        assertEquals(200, named.statusCode(), named.body());
        assertTrue(named.body().contains("\"namesShown\":true"), named.body());
        assertTrue(named.body().contains("\"name\":\"Alice Janssens\""), named.body());
        assertTrue(named.body().contains("\"department\":\"Marketing\""), named.body());
        assertTrue(named.body().contains("\"viewers\":6"), "farid still counts: " + named.body());
        assertFalse(named.body().contains("8a7f80a1-"), "no user key leaves");
        whileFaridOptedOut.add(named);
        whileFaridOptedOut.add(farid.post(path, "application/json", "{}"));
        whileFaridOptedOut.add(as("bruno").get(path));
        whileFaridOptedOut.add(as("bruno").post(path, "application/json", "{}"));
        whileFaridOptedOut.add(new PreviewClient(server.baseUrl()).get(path));
        for (PreviewClient.Response response : whileFaridOptedOut) {
            assertFalse(response.body().contains("Farid"), "farid opted out: " + response.body());
        }

        assertEquals(200, admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"minGroupSize\":7}").statusCode());
        PreviewClient.Response few = eva.get(path);
        assertTrue(few.body().contains("\"few\":true"), few.body());
        assertTrue(few.body().contains("\"viewers\":null"), "the number is not told: " + few.body());
        assertTrue(few.body().contains("\"namesShown\":false"), few.body());
        assertTrue(few.body().contains("Seen by a few colleagues in a few departments"), few.body());
        for (String name : VIEWER_NAMES) {
            assertFalse(few.body().contains(name), "a group below the minimum is not named: " + few.body());
        }
        assertTrue(as("bruno").get("/pages/viewpage.action?pageId=" + welcomeId).body().contains("Seen by a few colleagues"));
        assertFalse(as("bruno").get("/pages/viewpage.action?pageId=" + welcomeId).body().contains("Seen by 6"));

        admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"namesToAuthors\":false,\"minGroupSize\":5}");
        farid.send("PUT", "/rest/outloud/1.0/me/preferences", "application/json", "{\"hideMyName\":false}");
    }

    /**
     * A view as the page's script records it: the page's permission check is the host's; the app's own are the block,
     * whether the view is known today, the two rows of a first view and the count (no settings, no profiles).
     */
    @Test
    void recordingAView_costsTheAppAFixedFewStatements() throws Exception {
        String path = seenPath(welcomeId, welcomeBlocks.get(2));
        PreviewClient bruno = as("bruno");
        PreviewClient.Response first = bruno.post(path, "application/json", "{}");
        assertEquals(200, first.statusCode(), first.body());
        PreviewClient.Response again = bruno.post(path, "application/json", "{}");
        assertEquals(List.of(FIRST_VIEW_STATEMENTS, REPEAT_VIEW_STATEMENTS),
                List.of(appStatements(first), appStatements(again)), "the app's own, first view and same-day repeat; all: "
                        + first.header(io.outloud.preview.web.RequestFilter.SQL_HEADER).orElse("?") + ", "
                        + again.header(io.outloud.preview.web.RequestFilter.SQL_HEADER).orElse("?"));
    }

    /**
     * The blocks that come into view together, in one call: each answered in the order asked, the author's own block
     * counted for nobody, and the app's statements one look at the page's blocks and one count whatever the number of
     * blocks, plus the rows each first view writes.
     */
    @Test
    void blocksInViewTogether_areRecordedInOneCall_withOneReadOfTheBlocksAndOneCount() throws Exception {
        StringBuilder storage = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            storage.append("<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"together-").append(i)
                    .append("\"><ac:parameter ac:name=\"status\">in-progress</ac:parameter><ac:rich-text-body><p>Block ")
                    .append(i).append("</p></ac:rich-text-body></ac:structured-macro>");
        }
        long pageId = server.hosts().pages().create(io.outloud.preview.demo.DemoContent.TEAM, "Seen together", storage.toString(), "8a7f80a1-eva");
        server.hosts().events().publish(new com.atlassian.confluence.event.events.content.page.PageCreateEvent(
                SeenHttpTest.class, server.hosts().pages().asConfluencePage(pageId).orElseThrow())); // as saving does
        String path = "/rest/outloud/1.0/pages/" + pageId + "/seen";
        String all = "{\"macroIds\":[\"together-2\",\"together-0\",\"together-1\",\"together-0\"]}";

        PreviewClient bruno = as("bruno");
        PreviewClient.Response first = bruno.post(path, "application/json", all);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().matches("\\{\"views\":\\[\\{\"macroId\":\"together-2\".*\"macroId\":\"together-0\".*\"macroId\":\"together-1\".*"),
                "in the order asked, each once: " + first.body());
        assertEquals(3, count(first.body(), "\"recorded\":true"), first.body());
        PreviewClient.Response again = bruno.post(path, "application/json", all);
        assertEquals(3, count(again.body(), "\"recorded\":false"), "once a day: " + again.body());
        assertEquals(List.of(2 + 4 * 3L, 2 + 3L), List.of(appStatements(first), appStatements(again)),
                "blocks and count once; per block the rows of a first view, or the look whether it is known today");

        PreviewClient.Response byTheAuthor = as("eva").post(path, "application/json", all);
        assertEquals(3, count(byTheAuthor.body(), "\"recorded\":false"), "the author's own blocks: " + byTheAuthor.body());
        assertEquals(2, appStatements(byTheAuthor), "nothing to record for the author");
    }

    @Test
    void recordingTogether_refusesStrangers_hiddenPages_unknownBlocks_andTooManyAtOnce() throws Exception {
        String path = "/rest/outloud/1.0/pages/" + welcomeId + "/seen";
        String one = "{\"macroIds\":[\"" + welcomeBlocks.get(1) + "\"]}";
        assertEquals(401, new PreviewClient(server.baseUrl()).post(path, "application/json", one).statusCode());

        PreviewClient bruno = as("bruno");
        String restrictedBlock = ids(as("dirk").get("/pages/viewpage.action?pageId=" + restrictedId).body()).get(0);
        assertEquals(404, bruno.post("/rest/outloud/1.0/pages/" + restrictedId + "/seen", "application/json",
                "{\"macroIds\":[\"" + restrictedBlock + "\"]}").statusCode(), "the page's existence stays secret");
        assertEquals(404, bruno.post(path, "application/json",
                "{\"macroIds\":[\"" + welcomeBlocks.get(1) + "\",\"no-such-block\"]}").statusCode(), "one unknown block: none recorded");
        assertEquals(404, bruno.post(path, "application/json", "{\"macroIds\":[\"bad!id\"]}").statusCode());

        PreviewClient.Response notTexts = bruno.post(path, "application/json", "{\"macroIds\":\"" + welcomeBlocks.get(1) + "\"}");
        assertEquals(400, notTexts.statusCode());
        assertTrue(notTexts.body().contains("must be a list of texts"), notTexts.body());
        StringBuilder tooMany = new StringBuilder("{\"macroIds\":[");
        for (int i = 0; i <= io.outloud.wol.SeenService.MAX_BLOCKS_AT_ONCE; i++) {
            tooMany.append(i == 0 ? "" : ",").append("\"block-").append(i).append('"');
        }
        PreviewClient.Response refused = bruno.post(path, "application/json", tooMany.append("]}").toString());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("At most 50 blocks"), refused.body());
        assertEquals(200, bruno.post(path, "application/json", "{\"macroIds\":[]}").statusCode(), "nothing in view: nothing to do");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static long appStatements(PreviewClient.Response response) {
        return Long.parseLong(response.header(io.outloud.preview.web.RequestFilter.APP_SQL_HEADER).orElseThrow());
    }

    @Test
    void recordingAndNames_needALogin_andAViewablePage() throws Exception {
        String path = seenPath(welcomeId, welcomeBlocks.get(1));
        PreviewClient anonymous = new PreviewClient(server.baseUrl());
        assertEquals(401, anonymous.post(path, "application/json", "{}").statusCode());
        assertEquals(401, anonymous.get(path).statusCode());

        String restrictedBlock = ids(as("dirk").get("/pages/viewpage.action?pageId=" + restrictedId).body()).get(0);
        PreviewClient bruno = as("bruno");
        assertEquals(404, bruno.post(seenPath(restrictedId, restrictedBlock), "application/json", "{}").statusCode());
        assertEquals(404, bruno.get(seenPath(restrictedId, restrictedBlock)).statusCode(), "not 403: the page's existence stays secret");
        assertEquals(404, bruno.post(seenPath(welcomeId, "no-such-block"), "application/json", "{}").statusCode());
        assertEquals(404, bruno.post(seenPath(welcomeId, "bad!id"), "application/json", "{}").statusCode());
        assertEquals(200, as("dirk").get(seenPath(restrictedId, restrictedBlock)).statusCode(), "dirk wrote it");
    }

    @Test
    void settings_areForSiteAdminsOnly_preferencesForSignedInPeople() throws Exception {
        String settings = "/rest/outloud/1.0/admin/settings";
        PreviewClient anonymous = new PreviewClient(server.baseUrl());
        PreviewClient alice = as("alice");
        assertEquals(401, anonymous.get(settings).statusCode());
        assertEquals(403, alice.get(settings).statusCode());
        assertEquals(403, alice.send("PUT", settings, "application/json", "{\"namesToAuthors\":true}").statusCode());
        PreviewClient.Response notSecure = as("admin").get(settings);
        assertEquals(401, notSecure.statusCode(), "an admin without a secure administrator session");
        assertTrue(notSecure.body().contains("secure administrator session"), notSecure.body());
        PreviewClient admin = as("admin").secureAdminSession();
        PreviewClient.Response read = admin.get(settings);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().matches("\\{\"namesToAuthors\":(true|false),\"minGroupSize\":\\d+,\"reactorNames\":\"(everyone|author|nobody)\","
                        + "\"unnamedFeedback\":(true|false),\"waitingDays\":\\d+,\"departmentSource\":\"(profile|groups)\","
                        + "\"departmentGroups\":\"[^\"]*\",\"departments\":\"[^\"]*\"}"),
                read.body());
        assertEquals(400, admin.send("PUT", settings, "application/json", "{\"minGroupSize\":0}").statusCode());
        assertEquals(400, admin.send("PUT", settings, "application/json", "{\"namesToAuthors\":\"yes\"}").statusCode());
        assertEquals(400, admin.send("PUT", settings, "application/json", "not json").statusCode());

        assertEquals(401, anonymous.get("/rest/outloud/1.0/me/preferences").statusCode());
        assertEquals(401, anonymous.send("PUT", "/rest/outloud/1.0/me/preferences", "application/json", "{\"hideMyName\":true}").statusCode());
        assertEquals("{\"hideMyName\":false}", as("chloe").get("/rest/outloud/1.0/me/preferences").body());
    }

    private static String seenPath(long pageId, String macroId) {
        return "/rest/outloud/1.0/blocks/" + pageId + "/" + macroId + "/seen";
    }

}
