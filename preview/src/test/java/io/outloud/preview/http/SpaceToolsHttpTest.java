package io.outloud.preview.http;

import io.outloud.preview.demo.DemoContent;
import io.outloud.thought.StorageThoughts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Out Loud in a space's tools, over HTTP: only the space's admins open the page and read or change its choices (REST
 * too); a thought switched off in one space shows its body and a note to editors, takes no feedback, keeps what it had,
 * and another space is unaffected; switched back, everything returns.
 */
class SpaceToolsHttpTest extends ThoughtHttpSupport {
    private static final String PAGE = "/plugins/servlet/outloud/space-tools?key=";
    private static final String SPACES = "/rest/outloud/1.0/spaces/";
    private static final String THOUGHT = "half-finished-thought";

    @Test
    void onlyTheSpacesAdmins_openThePage_andReadOrChangeItsChoices() throws Exception {
        assertEquals(401, new PreviewClient(server.baseUrl()).get(PAGE + "TEAM").statusCode());
        PreviewClient farid = as("farid"); // edits TEAM, administers nothing
        assertEquals(403, farid.get(PAGE + "TEAM").statusCode());
        assertFalse(farid.get(PAGE + "TEAM").body().contains("outloud-space-macros-form"));
        assertEquals(403, farid.get(SPACES + "TEAM/macros").statusCode());
        PreviewClient.Response refused = farid.send("PUT", SPACES + "TEAM/macros", "application/json", "{\"" + THOUGHT + "\":\"off\"}");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Only this space\\u0027s administrators can do this."), refused.body());
        PreviewClient alice = as("alice"); // administers ENG, not TEAM
        assertEquals(403, alice.get(PAGE + "TEAM").statusCode());
        assertEquals(200, alice.get(PAGE + "ENG").statusCode());
        assertEquals(403, as("eva").get(PAGE + "NOSUCH").statusCode(), "a space that does not exist has no admins");
        assertEquals(404, as("eva").get(PAGE).statusCode(), "no key");

        PreviewClient.Response page = as("eva").get(PAGE + "TEAM");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<title>Out Loud - Out Loud preview</title>"), page.body());
        assertTrue(page.body().contains("<option value=\"default\" selected>Site default (on)</option>"), page.body());
        assertTrue(page.body().contains("/download/resources/io.outloud.confluence:space-tools-resources/space.js"), page.body());
        assertTrue(as("eva").get(SPACES + "TEAM/macros").body().contains("{\"macro\":\"" + THOUGHT + "\",\"choice\":\"default\",\"on\":true,\"siteDefault\":true}"));
    }

    @Test
    void aBadChoice_isRefusedWithAMessageThatNamesIt() throws Exception {
        PreviewClient eva = as("eva");
        PreviewClient.Response unknown = eva.send("PUT", SPACES + "TEAM/macros", "application/json", "{\"no-such-macro\":\"off\"}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("no-such-macro is not one of Out Loud\\u0027s macros."), unknown.body());
        PreviewClient.Response badChoice = eva.send("PUT", SPACES + "TEAM/macros", "application/json", "{\"" + THOUGHT + "\":\"maybe\"}");
        assertEquals(400, badChoice.statusCode());
        assertTrue(badChoice.body().contains("Choose on, off or default for " + THOUGHT + "."), badChoice.body());
        PreviewClient.Response dutch = as("eva", "nl").send("PUT", SPACES + "TEAM/macros", "application/json", "{\"" + THOUGHT + "\":\"maybe\"}");
        assertTrue(dutch.body().contains("Kies on, off of default voor " + THOUGHT + "."), dutch.body());
        PreviewClient.Response foreign = eva.send("PUT", SPACES + "TEAM/macros", "application/json", "{\"" + THOUGHT + "\":\"off\"}",
                "User-Agent", "Mozilla/5.0 Chrome/156.0", "Origin", "http://evil.example");
        assertEquals(403, foreign.statusCode(), "the app's XSRF check");
        assertTrue(eva.get(SPACES + "TEAM/macros").body().contains("\"choice\":\"default\""), "nothing changed");
    }

    @Test
    void aThoughtSwitchedOff_showsItsBodyAndANoteToEditors_takesNoFeedback_andComesBackWhole() throws Exception {
        long engId = new DemoContent.Saver(server.hosts().pages(), server.hosts().events()).create(DemoContent.ENG, "Engineering thoughts",
                "<ac:structured-macro ac:name=\"" + THOUGHT + "\"><ac:parameter ac:name=\"question\">Is the build too slow?</ac:parameter>"
                        + "<ac:rich-text-body><p>Nightly build notes</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-alice");
        String engThought = List.copyOf(StorageThoughts.find(server.hosts().pages().find(engId).orElseThrow().body()).keySet()).get(0);
        PreviewClient bruno = as("bruno");
        assertEquals(201, give(bruno, thoughtsId, seed, "go-on", "Before", false).statusCode());
        PreviewClient eva = as("eva");
        assertEquals(200, eva.send("PUT", SPACES + "TEAM/macros", "application/json", "{\"" + THOUGHT + "\":\"off\"}").statusCode());
        try {
            String editorView = eva.get("/pages/viewpage.action?pageId=" + thoughtsId).body();
            assertTrue(editorView.contains("class=\"outloud-macro-off\" data-macro=\"" + THOUGHT + "\""), editorView);
            assertTrue(editorView.contains("Half-finished thought is switched off in this space"), "the note to editors: " + editorView);
            assertFalse(editorView.contains("data-outloud-macro=\"" + THOUGHT + "\""), "no thought card, no feedback form");
            String readerView = new PreviewClient(server.baseUrl()).get("/pages/viewpage.action?pageId=" + thoughtsId).body();
            assertTrue(readerView.contains("class=\"outloud-macro-off\""), readerView);
            assertFalse(readerView.contains("is switched off in this space"), "readers who may not edit get no note");

            PreviewClient.Response during = give(bruno, thoughtsId, seed, "go-on", "During", false);
            assertEquals(409, during.statusCode(), during.body());
            assertTrue(during.body().contains("This is switched off in this space"), during.body());
            assertEquals(201, give(as("farid"), engId, engThought, "go-on", "In ENG", false).statusCode(),
                    "another space is unaffected");
            assertTrue(as("alice").get("/pages/viewpage.action?pageId=" + engId).body().contains("data-outloud-macro=\"" + THOUGHT + "\""));
        } finally {
            assertEquals(200, eva.send("PUT", SPACES + "TEAM/macros", "application/json", "{\"" + THOUGHT + "\":\"default\"}").statusCode());
        }
        assertTrue(eva.get("/pages/viewpage.action?pageId=" + thoughtsId).body().contains("data-outloud-macro=\"" + THOUGHT + "\""));
        String board = eva.get(feedbackPath(thoughtsId, seed)).body();
        assertTrue(board.contains("Before"), "nothing was deleted: " + board);
        assertEquals(201, give(bruno, thoughtsId, seed, "go-on", "After", false).statusCode());
    }

    @Test
    void theSiteDefault_isForSiteAdmins_andHoldsWhereASpaceHasNotChosen() throws Exception {
        assertEquals(403, as("eva").get("/rest/outloud/1.0/admin/macro-defaults").statusCode());
        PreviewClient admin = as("admin").secureAdminSession();
        assertEquals(200, admin.send("PUT", "/rest/outloud/1.0/admin/macro-defaults", "application/json",
                "{\"working-out-loud-requests\":false}").statusCode());
        try {
            assertTrue(as("alice").get(SPACES + "ENG/macros").body()
                    .contains("{\"macro\":\"working-out-loud-requests\",\"choice\":\"default\",\"on\":false,\"siteDefault\":false}"));
            assertEquals(400, admin.send("PUT", "/rest/outloud/1.0/admin/macro-defaults", "application/json",
                    "{\"working-out-loud-requests\":\"no\"}").statusCode());
        } finally {
            admin.send("PUT", "/rest/outloud/1.0/admin/macro-defaults", "application/json", "{\"working-out-loud-requests\":true}");
        }
    }

    @Test
    void thePreviewDrawsTheSpaceTools_forTheSpacesAdmins_withTheAppsItem() throws Exception {
        assertTrue(as("eva").get("/").body().contains("id=\"space-tools-TEAM\""));
        assertFalse(as("farid").get("/").body().contains("id=\"space-tools-TEAM\""));
        assertEquals(403, as("farid").get("/spaces/spacetools.action?key=TEAM").statusCode());
        String tools = as("eva").get("/spaces/spacetools.action?key=TEAM").body();
        assertTrue(tools.contains("<a id=\"outloud-space-tools\" href=\"/plugins/servlet/outloud/space-tools?key=TEAM\">Out Loud</a>"), tools);
    }

    @Test
    void aSpaceAdmin_seesTheSpacesBlocksAndThoughts_removesAReplyAndFeedback_andTheRemovalsAreRecorded() throws Exception {
        String block = welcomeBlocks.get(0);
        PreviewClient.Response reply = as("bruno").postJson("/rest/outloud/1.0/blocks/" + welcomeId + "/" + block + "/replies",
                "{\"text\":\"Rude words here\"}");
        assertEquals(201, reply.statusCode(), reply.body());
        long replyId = firstId(reply.body());
        long pieceId = created(give(as("farid"), thoughtsId, seed, "go-on", "Off-topic advert", false));

        PreviewClient eva = as("eva");
        String tools = eva.get(PAGE + "TEAM").body();
        assertTrue(tools.contains("class=\"aui outloud-space-blocks\""), tools);
        assertTrue(tools.contains("<td>Stuck: help wanted</td>"), "each block's state: " + tools);
        assertTrue(tools.contains("<td>Seed</td>"), "each thought's state: " + tools);
        assertTrue(tools.contains("Nothing was removed in this space."), tools);
        String discussion = eva.get(PAGE + "TEAM&block=" + welcomeId + "/" + block).body();
        assertTrue(discussion.contains("Rude words here"), discussion);
        assertTrue(discussion.contains("data-url=\"/rest/outloud/1.0/spaces/TEAM/replies/" + replyId + "\""), discussion);

        assertEquals(403, as("farid").send("DELETE", SPACES + "TEAM/replies/" + replyId, null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(404, as("alice").send("DELETE", SPACES + "ENG/replies/" + replyId, null, null, "X-Atlassian-Token", "no-check").statusCode(),
                "an admin of another space: not in that space");
        PreviewClient.Response removed = eva.send("DELETE", SPACES + "TEAM/replies/" + replyId, null, null, "X-Atlassian-Token", "no-check");
        assertEquals(200, removed.statusCode(), removed.body());
        assertTrue(removed.body().contains("\"kind\":\"reply\""), removed.body());
        assertEquals(200, eva.send("DELETE", SPACES + "TEAM/feedback/" + pieceId, null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(404, eva.send("DELETE", SPACES + "TEAM/replies/" + replyId, null, null, "X-Atlassian-Token", "no-check").statusCode(),
                "gone");

        assertFalse(eva.get("/rest/outloud/1.0/blocks/" + welcomeId + "/" + block + "/replies").body().contains("Rude words here"));
        assertFalse(eva.get(feedbackPath(thoughtsId, seed)).body().contains("Off-topic advert"));
        String record = eva.get(PAGE + "TEAM").body();
        assertTrue(record.contains("Eva"), record);
        assertTrue(record.contains("removed a reply by Bruno"), record);
        assertTrue(record.contains("removed feedback by Farid"), record);
        String json = eva.get(SPACES + "TEAM/moderation").body();
        assertTrue(json.contains("\"kind\":\"feedback\"") && json.contains("\"kind\":\"reply\""), json);
        assertEquals(403, as("farid").get(SPACES + "TEAM/moderation").statusCode());
        assertEquals(403, as("farid").get(SPACES + "TEAM/blocks").statusCode());
    }

    private static PreviewClient as(String username, String language) throws Exception {
        return new PreviewClient(server.baseUrl()).actAs(username, language);
    }
}
