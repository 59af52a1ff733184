package io.outloud.preview.http;

import java.util.Map;
import java.util.LinkedHashMap;
import io.outloud.preview.demo.DemoContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Half-finished thoughts over real HTTP: the demo thoughts rendered through the macro and Velocity, the feedback REST
 * under the REST module's access and XSRF rules through Active Objects, the list of one's open thoughts (REST, the
 * personal page, the macro), and community-only thoughts with joining and leaving. The demo thoughts are only read
 * here; every test that writes feedback or moves a stage uses a thought of its own, so the order does not matter.
 */
class ThoughtsHttpTest extends ThoughtHttpSupport {
    private static final AtomicInteger PAGES = new AtomicInteger();

    /** A fresh page in the team space with one thought by Sam (who has no other thought), saved as the editor saves. */
    private static long freshThought(String macroId, String... parameters) {
        return savePage("Thought page " + PAGES.incrementAndGet(), "<p>Fresh.</p>" + thought(macroId, "<p>Half done.</p>", parameters),
                "8a7f80a1-admin");
    }

    @Test
    void theDemoThoughts_renderWithTheirStage_theRipeOneAsContentWithItsCredit_andNoForm() throws Exception {
        String html = view(as("alice"), thoughtsId);
        assertEquals(List.of("seed", "growing", "ripe"), stages(html));

        Element seedCard = section(html, seed);
        assertTrue(seedCard.hasClass("outloud-stage-seed"), seedCard.outerHtml());
        assertEquals("Seed", seedCard.selectFirst(".outloud-thought-stage").text());
        assertEquals("Unfinished is welcome here: this is a thought in progress.", seedCard.selectFirst(".outloud-thought-welcome").text());
        assertEquals("The feedback I'd like: " + SEED_QUESTION, seedCard.selectFirst(".outloud-thought-question").text());
        assertEquals("Eva de Vries", seedCard.selectFirst(".outloud-thought-author-name").text());
        assertEquals("Customer Support", seedCard.selectFirst(".outloud-thought-author-department").text());
        assertEquals("2", seedCard.selectFirst(".outloud-feedback-count").text(), "Bruno's and Farid's demo feedback");
        assertEquals("Everyone who can view this page sees the feedback.", seedCard.selectFirst(".outloud-feedback-visibility").text());
        assertNotNull(seedCard.selectFirst("form.outloud-feedback-form"), "Alice may give feedback");
        assertEquals(4, seedCard.select("form.outloud-feedback-form input[type=radio]").size(), "the four quick kinds");
        assertNotNull(seedCard.selectFirst("input.outloud-feedback-unnamed"), "Eva invites unnamed feedback and the site allows it");
        assertTrue(seedCard.text().contains("Rough idea: the same hours over four days"), "the body");

        Element growingCard = section(html, growing);
        assertEquals("Growing", growingCard.selectFirst(".outloud-thought-stage").text());
        assertEquals("Chlo\u00e9 Lef\u00e8vre", growingCard.selectFirst(".outloud-thought-author-name").text());
        assertNotNull(growingCard.selectFirst("form.outloud-feedback-form"));
        assertNull(growingCard.selectFirst("input.outloud-feedback-unnamed"), "Chloé did not invite unnamed feedback");

        Element ripeCard = section(html, ripe);
        assertTrue(ripeCard.hasClass("outloud-thought-ripe"), ripeCard.outerHtml());
        assertEquals("Grew from a half-finished thought with 3 contributions from 3 people in 3 departments.",
                ripeCard.selectFirst(".outloud-thought-credit-text").text());
        assertNull(ripeCard.selectFirst("form"), "a ripe thought takes no feedback");
        assertNull(ripeCard.selectFirst(".outloud-thought-welcome"), "ripe: finished content");
        assertNull(ripeCard.selectFirst(".outloud-thought-stage"));
        assertTrue(ripeCard.text().contains("Onboarding for data scientists"), "the body as ordinary content");
        assertNotNull(ripeCard.selectFirst("button.outloud-thought-history-toggle"), "its history, for those who want it");
        Element back = ripeCard.selectFirst("button.outloud-thought-move");
        assertEquals("growing", back.attr("data-stage"), "Alice may edit the page: back to growing, on the author's behalf");
        assertEquals("true", back.attr("data-on-behalf"));
        assertTrue(back.attr("data-confirm").startsWith("You are changing the stage of this thought to \"Growing\" on behalf of "), back.outerHtml());
        assertTrue(back.parent().hasAttr("hidden"), "behind the step");
        assertTrue(ripeCard.selectFirst("button.outloud-thought-behalf-toggle").text().startsWith("On the author's behalf: change the stage for "));

        Element seedMoves = seedCard.selectFirst(".outloud-thought-moves");
        assertTrue(seedMoves.hasAttr("hidden"), "not Alice's thought: its stage controls sit behind the on-behalf step");
        assertEquals("outloud-thought-behalf-" + seed, seedCard.selectFirst("button.outloud-thought-behalf-toggle").attr("aria-controls"));
        assertEquals("Moving this thought on is up to Eva de Vries, who wrote it. Do it only if they asked you to: they will be told that you did.",
                seedMoves.selectFirst(".outloud-thought-behalf-note").text());
    }

    @Test
    void theSeed_asItsAuthor_asAnonymous_andThroughEveryStageMove() throws Exception {
        Element asEva = section(view(as("eva"), thoughtsId), seed);
        assertNull(asEva.selectFirst("form.outloud-feedback-form"), "no feedback on one's own thought");
        assertEquals("This is your own thought: the feedback comes from others.", asEva.selectFirst(".outloud-feedback-refusal").text());
        assertTrue(asEva.selectFirst("a.outloud-thought-mine").attr("href").endsWith(MINE_PAGE), asEva.outerHtml());
        Element move = asEva.selectFirst("button.outloud-thought-move");
        assertEquals("growing", move.attr("data-stage"));
        assertEquals("Move on to growing", move.text());
        assertFalse(move.hasAttr("data-confirm"), "the author moves on to growing in one click: it is easily taken back");
        assertFalse(move.hasAttr("data-on-behalf"));
        assertNull(asEva.selectFirst(".outloud-thought-behalf-toggle"), "her own thought: no on-behalf step");

        Element asAnonymous = section(view(anonymous(), thoughtsId), seed);
        assertNull(asAnonymous.selectFirst("form"));
        assertEquals("Sign in to give feedback.", asAnonymous.selectFirst(".outloud-feedback-refusal").text());
        assertNull(asAnonymous.selectFirst("button.outloud-thought-move"));
        assertNull(asAnonymous.selectFirst("a.outloud-thought-mine"));
        assertEquals("2", asAnonymous.selectFirst(".outloud-feedback-count").text());
    }

    @Test
    void feedback_isReadableAnonymouslyOnThePublicSpace_namingNoUnnamedGiver() throws Exception {
        PreviewClient.Response board = anonymous().get(feedbackPath(thoughtsId, seed));
        assertEquals(200, board.statusCode(), board.body());
        assertTrue(board.header("Content-Type").orElse("").startsWith("application/json"));
        String body = board.body();
        assertTrue(body.contains("Marketing tried this last year"), body);
        assertTrue(body.contains("\"giver\":{\"name\":\"Bruno Dubois\",\"avatarUrl\":\"/avatars/bruno.svg\",\"department\":\"Marketing\"}"), body);
        assertTrue(body.contains("Have you considered the Monday peak?"), body);
        assertTrue(body.contains("\"giver\":null,\"unnamed\":true"), body);
        assertFalse(body.contains("Farid") || body.contains("farid"), "Farid's unnamed feedback names nobody: " + body);
        assertFalse(body.contains("8a7f80a1-"), "no user key leaves");
        assertFalse(body.contains("\"mine\":true"), "anonymous owns nothing");
        assertTrue(body.endsWith("\"total\":2,\"allVisible\":true,\"next\":null,\"hiddenText\":null}"), body);
    }

    @Test
    void give_answers201WithSegments_andTheFeedbackIsListed() throws Exception {
        long pageId = freshThought("give-1", "question", "Segments?");
        PreviewClient chloe = as("chloe");

        PreviewClient.Response given = give(chloe, pageId, "give-1", "have-you-considered", "Ask @dirk, see https://example.com/rota <b>now</b>", false);
        assertEquals(201, given.statusCode(), given.body());
        String body = given.body();
        assertTrue(body.contains("\"kind\":\"have-you-considered\",\"kindLabel\":\"Have you considered\""), body);
        assertTrue(body.contains("\"giver\":{\"name\":\"Chlo\u00e9 Lef\u00e8vre\",\"avatarUrl\":\"/avatars/chloe.svg\",\"department\":\"Finance\"}"), body);
        assertTrue(body.contains("\"unnamed\":false,\"mine\":true"), body);
        assertTrue(body.contains("\"edited\":false"), body);
        assertTrue(body.contains("{\"type\":\"text\",\"text\":\"Ask \"}"), body);
        assertTrue(body.contains("{\"type\":\"mention\",\"text\":\"@dirk\",\"target\":\"dirk\"}"), body);
        assertTrue(body.contains("{\"type\":\"link\",\"text\":\"https://example.com/rota\",\"target\":\"https://example.com/rota\"}"), body);
        assertTrue(body.contains("\"text\":\" \\u003cb\\u003enow\\u003c/b\\u003e\"}"), "markup stays text, escaped in JSON: " + body);
        assertTrue(body.contains("\"takenIn\":false,\"thanksText\":null,\"canTakeIn\":false"), body);
        assertTrue(body.contains("\"sentText\":\"Thank you: your feedback is here.\""), body);
        assertFalse(body.contains("8a7f80a1-"), "no user key leaves");
        long id = created(given);

        PreviewClient.Response quick = chloe.postJson(feedbackPath(pageId, "give-1"), "{\"kind\":\"go-on\"}");
        assertEquals(201, quick.statusCode(), "a quick kind needs no words: " + quick.body());
        assertTrue(quick.body().contains("\"text\":\"\",\"segments\":[]"), quick.body());

        String listed = anonymous().get(feedbackPath(pageId, "give-1")).body();
        assertTrue(listed.startsWith("{\"items\":[{\"id\":" + id + ","), listed);
        assertTrue(listed.contains("\"total\":2,\"allVisible\":true"), listed);
        assertFalse(listed.contains("\"mine\":true"), listed);
        assertTrue(as("admin").get(feedbackPath(pageId, "give-1")).body().contains("\"canTakeIn\":true"), "the author may take it in");
        assertEquals("2", section(view(as("bruno"), pageId), "give-1").selectFirst(".outloud-feedback-count").text());
    }

    @Test
    void editAndDelete_onlyOfOnesOwnFeedback() throws Exception {
        long pageId = freshThought("edit-1");
        long other = freshThought("edit-2");
        String path = feedbackPath(pageId, "edit-1");
        PreviewClient bruno = as("bruno");
        long id = created(give(bruno, pageId, "edit-1", "go-on", "BRUNO-ORIGINAL", false));

        for (String stranger : List.of("alice", "admin")) { // another giver, and the thought's author
            PreviewClient client = as(stranger);
            PreviewClient.Response edit = client.send("PUT", path + "/" + id, "application/json", "{\"kind\":\"go-on\",\"text\":\"hijacked\"}");
            assertEquals(403, edit.statusCode(), stranger + ": " + edit.body());
            assertTrue(edit.body().contains("Only the person who gave this feedback may change it."), edit.body());
            assertEquals(403, client.send("DELETE", path + "/" + id, null, null, "X-Atlassian-Token", "no-check").statusCode(), stranger);
        }
        assertEquals(401, anonymous().send("PUT", path + "/" + id, "application/json", "{\"kind\":\"go-on\"}").statusCode());
        assertEquals(401, anonymous().send("DELETE", path + "/" + id, null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertTrue(bruno.get(path).body().contains("BRUNO-ORIGINAL"), "unchanged");

        assertEquals(400, bruno.send("PUT", path + "/" + id, "application/json", "{\"kind\":\"meh\",\"text\":\"x\"}").statusCode());
        assertEquals(400, bruno.send("PUT", path + "/" + id, "application/json", "{\"text\":\"x\"}").statusCode());
        PreviewClient.Response edited = bruno.send("PUT", path + "/" + id, "application/json", "{\"kind\":\"helps-me\",\"text\":\"BRUNO-EDITED\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(edited.body().contains("\"kind\":\"helps-me\""), edited.body());
        assertTrue(edited.body().contains("\"edited\":true,\"text\":\"BRUNO-EDITED\""), edited.body());
        assertTrue(edited.body().contains("\"mine\":true"), edited.body());

        String elsewhere = feedbackPath(other, "edit-2") + "/" + id;
        assertEquals(404, bruno.send("PUT", elsewhere, "application/json", "{\"kind\":\"go-on\"}").statusCode(), "an id of another thought");
        assertEquals(404, bruno.send("DELETE", elsewhere, null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(404, as("admin").postJson(elsewhere + "/taken-in", "").statusCode());
        assertEquals(404, bruno.send("DELETE", path + "/" + (id + (1L << 32)), null, null, "X-Atlassian-Token", "no-check").statusCode(), "no wrapping onto another id");

        PreviewClient.Response deleted = bruno.send("DELETE", path + "/" + id, null, null, "X-Atlassian-Token", "no-check");
        assertEquals(204, deleted.statusCode());
        assertEquals("", deleted.body());
        assertFalse(bruno.get(path).body().contains("BRUNO-"), "gone");
        assertEquals(404, bruno.send("DELETE", path + "/" + id, null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(404, bruno.send("PUT", path + "/" + id, "application/json", "{\"kind\":\"go-on\"}").statusCode());
    }

    @Test
    void takingIn_isTheAuthors_thanksTheGiverOnTheThought_andTellsThemOnce() throws Exception {
        String title = "Chlo\u00e9's budget thought";
        long pageId = savePage(title, thought("take-1", "<p>Budget.</p>", "question", "Which line items confuse you?"), "8a7f80a1-chloe");
        String path = feedbackPath(pageId, "take-1");
        PreviewClient dirk = as("dirk");
        long id = created(give(dirk, pageId, "take-1", "helps-me", "DIRK-IDEA travel costs", false));
        int dirkMails = outboxCount(dirk);

        PreviewClient.Response notAuthor = as("bruno").postJson(path + "/" + id + "/taken-in", "");
        assertEquals(403, notAuthor.statusCode(), notAuthor.body());
        assertTrue(notAuthor.body().contains("Only the author of the thought takes feedback in."), notAuthor.body());
        assertEquals(403, dirk.postJson(path + "/" + id + "/taken-in", "").statusCode(), "not the giver either");
        assertEquals(401, anonymous().postJson(path + "/" + id + "/taken-in", "").statusCode());
        assertEquals(404, as("chloe").postJson(path + "/999999/taken-in", "").statusCode());
        assertEquals(dirkMails, outboxCount(dirk));

        PreviewClient chloe = as("chloe");
        PreviewClient.Response taken = chloe.postJson(path + "/" + id + "/taken-in", "");
        assertEquals(200, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("\"takenIn\":true,\"thanksText\":\"Taken in. Thank you, Dirk M\u00fcller!\",\"canTakeIn\":false"), taken.body());
        assertEquals(dirkMails + 1, outboxCount(dirk), "the giver is told");
        assertEquals(1, mailsWithSubject(dirk, "Chlo\u00e9 Lef\u00e8vre took in your feedback on \"" + title + "\""), dirk.get("/outbox").body());
        assertTrue(dirk.get("/outbox").body().contains("DIRK-IDEA travel costs"), "the mail quotes the feedback");

        assertEquals(200, chloe.postJson(path + "/" + id + "/taken-in", "").statusCode(), "taking in twice is taking in");
        assertEquals(dirkMails + 1, outboxCount(dirk), "one thanks, one mail");
        String board = as("alice").get(path).body();
        assertTrue(board.contains("\"thanksText\":\"Taken in. Thank you, Dirk M\u00fcller!\""), "everyone reads the thanks: " + board);
        assertTrue(board.contains("\"canTakeIn\":false"), board);
    }

    @Test
    void theStage_movesOneStepForTheAuthorOrAnEditorOnTheirBehalf_andReadersWhoMayNotEditAreRefused() throws Exception {
        long pageId = freshThought("stage-1");
        String path = stagePath(pageId, "stage-1");
        int authorMails = outboxCount(as("admin"));

        PreviewClient.Response unsaid = as("alice").postJson(path, "{\"stage\":\"growing\"}"); // may edit the team space
        assertEquals(403, unsaid.statusCode(), unsaid.body());
        assertTrue(unsaid.body().contains("As an editor of the page you can do it on their behalf"), unsaid.body());
        assertEquals(403, as("alice").postJson(path, "{\"stage\":\"growing\",\"onBehalf\":\"yes\"}").statusCode(), "only true says it");
        assertEquals(List.of("seed"), stages(view(as("admin"), pageId)));
        assertEquals(authorMails, outboxCount(as("admin")));
        PreviewClient.Response editor = as("alice").postJson(path, "{\"stage\":\"growing\",\"onBehalf\":true}");
        assertEquals(200, editor.statusCode(), editor.body());
        assertEquals(authorMails + 1, outboxCount(as("admin")), "the author hears of it");
        assertTrue(as("admin").get("/outbox").body().contains("Alice Janssens changed the stage of your thought on"));
        assertEquals("{\"stage\":\"growing\",\"label\":\"Growing\"}", editor.body());
        PreviewClient sam = as("admin"); // the author
        assertEquals("{\"stage\":\"seed\",\"label\":\"Seed\"}", sam.postJson(path, "{\"stage\":\"seed\"}").body(), "one step back");
        assertEquals(200, sam.postJson(path, "{\"stage\":\"seed\"}").statusCode(), "where it is already");

        PreviewClient.Response twoSteps = sam.postJson(path, "{\"stage\":\"ripe\"}");
        assertEquals(400, twoSteps.statusCode(), twoSteps.body());
        assertTrue(twoSteps.body().contains("A thought moves one stage at a time: from seed it cannot go to ripe."), twoSteps.body());
        PreviewClient.Response unknown = sam.postJson(path, "{\"stage\":\"bogus\"}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("Unknown stage. Use one of: seed, growing, ripe."), unknown.body());
        assertEquals(400, sam.postJson(path, "{}").statusCode());
        assertEquals(400, sam.postJson(path, "{\"stage\":3}").statusCode());
        assertEquals(400, sam.postJson(path, "not json").statusCode());
        assertEquals(401, anonymous().postJson(path, "{\"stage\":\"growing\"}").statusCode());
        assertEquals(List.of("seed"), stages(view(sam, pageId)), "none of that moved it");

        long engPage = savePage(DemoContent.ENG, "Thought in engineering", thought("stage-eng", "<p>Builds.</p>"), "8a7f80a1-alice");
        String engPath = stagePath(engPage, "stage-eng");
        PreviewClient bruno = as("bruno"); // may view ENG, not edit it
        assertEquals(200, bruno.get(feedbackPath(engPage, "stage-eng")).statusCode());
        PreviewClient.Response reader = bruno.postJson(engPath, "{\"stage\":\"growing\"}");
        assertEquals(403, reader.statusCode(), reader.body());
        assertTrue(reader.body().contains("Only the author or someone who may edit the page moves this thought on."), reader.body());
        assertNull(section(view(bruno, engPage), "stage-eng").selectFirst("button.outloud-thought-move"), "nothing offered to move");
        assertEquals(404, as("chloe").postJson(engPath, "{\"stage\":\"growing\"}").statusCode(), "chloe may not view ENG");
        assertEquals(200, as("farid").postJson(engPath, "{\"stage\":\"growing\",\"onBehalf\":true}").statusCode(), "farid may edit ENG");
        assertEquals(List.of("growing"), stages(view(bruno, engPage)));
    }

    @Test
    void badInput_is400WithAClearMessage_andSavesNothing() throws Exception {
        PreviewClient alice = as("alice");
        String path = feedbackPath(thoughtsId, seed);

        for (String bad : List.of("not json", "{\"kind\":", "[\"go-on\"]", "{\"kind\":42}", "{\"kind\":\"go-on\",\"text\":42}",
                "{\"kind\":\"go-on\",\"unnamed\":\"yes\"}")) {
            assertEquals(400, alice.postJson(path, bad).statusCode(), bad);
        }
        PreviewClient.Response unknownKind = alice.postJson(path, "{\"kind\":\"meh\",\"text\":\"BAD-INPUT\"}");
        assertEquals(400, unknownKind.statusCode());
        assertTrue(unknownKind.body().contains("Unknown kind of feedback: meh."), unknownKind.body());
        PreviewClient.Response noKind = alice.postJson(path, "{\"text\":\"BAD-INPUT\"}");
        assertEquals(400, noKind.statusCode());
        assertTrue(noKind.body().contains("Choose a kind of feedback."), noKind.body());
        PreviewClient.Response tooLong = give(alice, thoughtsId, seed, "go-on", "x".repeat(2001), false);
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("at most 2,000 characters"), tooLong.body());
        PreviewClient.Response unnamed = give(alice, thoughtsId, growing, "go-on", "BAD-INPUT", true);
        assertEquals(400, unnamed.statusCode(), "Chloé did not invite unnamed feedback: " + unnamed.body());
        assertTrue(unnamed.body().contains("Feedback without your name is not allowed here."), unnamed.body());

        String seedBoard = alice.get(path).body();
        assertTrue(seedBoard.contains("\"total\":2,"), "nothing saved: " + seedBoard);
        assertFalse(seedBoard.contains("BAD-INPUT"));
        assertTrue(alice.get(feedbackPath(thoughtsId, growing)).body().contains("\"total\":2,"));

        long pageId = freshThought("long-1");
        assertEquals(201, give(alice, pageId, "long-1", "go-on", "\uD83D\uDE00".repeat(2000), false).statusCode(), "2000 emoji are 2000 characters");
        assertEquals(400, give(alice, pageId, "long-1", "go-on", "\uD83D\uDE00".repeat(2001), false).statusCode());
    }

    @Test
    void anonymousWrites_are401() throws Exception {
        PreviewClient anonymous = anonymous();
        String path = feedbackPath(thoughtsId, seed);
        assertEquals(401, anonymous.postJson(path, "{\"kind\":\"go-on\"}").statusCode());
        assertEquals(401, anonymous.send("PUT", path + "/1", "application/json", "{\"kind\":\"go-on\"}").statusCode());
        assertEquals(401, anonymous.send("DELETE", path + "/1", null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(401, anonymous.postJson(path + "/1/taken-in", "").statusCode());
        assertEquals(401, anonymous.postJson(stagePath(thoughtsId, seed), "{\"stage\":\"growing\"}").statusCode());
        assertEquals(401, anonymous.get(MINE).statusCode());
        assertTrue(anonymous.get(path).body().contains("\"total\":2,"), "nothing saved");
    }

    @Test
    void xsrf_formLikePostsAndCrossOriginBrowsersAreRefused() throws Exception {
        long pageId = freshThought("xsrf-1");
        String path = feedbackPath(pageId, "xsrf-1");
        PreviewClient alice = as("alice");
        String body = "{\"kind\":\"go-on\",\"text\":\"FORGED\"}";

        PreviewClient.Response plain = alice.post(path, "text/plain", body);
        assertEquals(403, plain.statusCode());
        assertTrue(plain.body().contains("did not come from this site"), "the app refuses before the host: " + plain.body());
        assertEquals(403, alice.post(path, "application/x-www-form-urlencoded", body).statusCode());
        String browser = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0";
        assertEquals(403, alice.postJson(path, body, "User-Agent", browser).statusCode(), "a browser with neither Origin nor Referer");
        assertEquals(403, alice.postJson(path, body, "User-Agent", browser, "Origin", "http://evil.example").statusCode());
        assertEquals(403, alice.postJson(stagePath(pageId, "xsrf-1"), "{\"stage\":\"growing\"}", "User-Agent", browser).statusCode());
        String board = alice.get(path).body();
        assertTrue(board.contains("\"total\":0,") && !board.contains("FORGED"), "nothing saved: " + board);
        assertEquals(List.of("seed"), stages(view(alice, pageId)));

        assertEquals(201, alice.postJson(path, "{\"kind\":\"go-on\",\"text\":\"SAME-ORIGIN\"}", "User-Agent", browser, "Origin", server.baseUrl())
                .statusCode());
        assertEquals(201, alice.post(path, "text/plain", "{\"kind\":\"go-on\"}", "X-Atlassian-Token", "no-check").statusCode());
    }

    @Test
    void notFound_forUnknownIds_blocks_andPagesTheReaderMayNotView_alike() throws Exception {
        PreviewClient bruno = as("bruno");
        assertEquals(404, bruno.get(feedbackPath(thoughtsId, "no-such-thought")).statusCode());
        assertEquals(404, bruno.postJson(feedbackPath(thoughtsId, "no-such-thought"), "{\"kind\":\"go-on\"}").statusCode());
        assertEquals(404, bruno.get(feedbackPath(thoughtsId, "%3Cscript%3E")).statusCode());
        assertEquals(404, bruno.get(feedbackPath(welcomeId, seed)).statusCode(), "the thought's id on another page");

        String block = welcomeBlocks.get(0); // a working-out-loud block: on the page, but not a thought
        assertEquals(404, bruno.get(feedbackPath(welcomeId, block)).statusCode());
        assertEquals(404, bruno.postJson(feedbackPath(welcomeId, block), "{\"kind\":\"go-on\"}").statusCode());
        assertEquals(404, as("eva").postJson(stagePath(welcomeId, block), "{\"stage\":\"growing\"}").statusCode());

        long hidden = savePage("Private thought", thought("hidden-1", "<p>Only Dirk and Sam.</p>"), "8a7f80a1-dirk");
        server.hosts().pages().restrictViewers(hidden, Set.of("8a7f80a1-dirk", "8a7f80a1-admin"));
        long id = created(give(as("admin"), hidden, "hidden-1", "go-on", "HIDDEN-FEEDBACK", false));
        PreviewClient.Response restricted = bruno.get(feedbackPath(hidden, "hidden-1"));
        PreviewClient.Response missing = bruno.get(feedbackPath(987654321L, "hidden-1"));
        assertEquals(404, restricted.statusCode());
        assertEquals(missing.body(), restricted.body(), "nothing tells the two apart");
        PreviewClient.Response post = bruno.postJson(feedbackPath(hidden, "hidden-1"), "{\"kind\":\"go-on\"}");
        assertEquals(404, post.statusCode());
        assertEquals(bruno.postJson(feedbackPath(987654321L, "hidden-1"), "{\"kind\":\"go-on\"}").body(), post.body());
        assertEquals(404, bruno.send("PUT", feedbackPath(hidden, "hidden-1") + "/" + id, "application/json", "{\"kind\":\"go-on\"}").statusCode());
        assertEquals(404, bruno.postJson(stagePath(hidden, "hidden-1"), "{\"stage\":\"growing\"}").statusCode());
        assertEquals(404, anonymous().get(feedbackPath(hidden, "hidden-1")).statusCode());
        assertFalse(restricted.body().contains("HIDDEN"));
        assertTrue(as("dirk").get(feedbackPath(hidden, "hidden-1")).body().contains("HIDDEN-FEEDBACK"), "Dirk may view it");
        assertEquals(missing.body(), bruno.get(feedbackPath(restrictedId, "hidden-1")).body(), "the demo's restricted page alike");
    }

    @Test
    void aQuestionOfTwoHundredEmoji_fitsTheLimitOf300Characters_uncut() throws Exception {
        String question = "\uD83D\uDE00".repeat(200);
        long pageId = freshThought("emoji-1", "question", question);
        assertEquals("The feedback I'd like: " + question, section(view(as("alice"), pageId), "emoji-1").selectFirst(".outloud-thought-question").text());
        assertTrue(as("admin").get(MINE).body().contains("\"question\":\"" + question + "\""));
        String tooLong = "\uD83D\uDE00".repeat(301);
        long longPage = freshThought("emoji-2", "question", tooLong);
        String html = view(as("alice"), longPage);
        assertTrue(html.contains("The question is at most 300 characters."), "301 emoji are too many");
        assertFalse(html.contains("\uD83D\uDE00".repeat(150)));
    }

    @Test
    void aRipeThought_takesNoFeedback_409_andNobodyGivesFeedbackOnTheirOwn_403() throws Exception {
        PreviewClient.Response onRipe = give(as("alice"), thoughtsId, ripe, "go-on", "Too late", false);
        assertEquals(409, onRipe.statusCode(), onRipe.body());
        assertTrue(onRipe.body().contains("This thought is ripe: it takes no more feedback."), onRipe.body());
        PreviewClient.Response own = give(as("eva"), thoughtsId, seed, "go-on", "Me again", false);
        assertEquals(403, own.statusCode(), own.body());
        assertTrue(own.body().contains("This is your own thought: the feedback comes from others."), own.body());
        assertTrue(as("farid").get(feedbackPath(thoughtsId, ripe)).body().contains("\"total\":3,"), "nothing saved");
        assertTrue(as("eva").get(feedbackPath(thoughtsId, seed)).body().contains("\"total\":2,"), "nothing saved");
    }

    @Test
    void aThoughtWithABadParameter_namesIt_keepsItsBody_andTakesNoFeedback() throws Exception {
        String tooLong = "q".repeat(300) + "Z";
        long pageId = savePage("Bad parameters", "<p>Some are wrong.</p>"
                + thought("bad-stage", "<p>BAD-STAGE-BODY</p>", "stage", "bogus")
                + thought("bad-date", "<p>BAD-DATE-BODY</p>", "ripen-by", "notadate")
                + thought("bad-question", "<p>BAD-QUESTION-BODY</p>", "question", tooLong)
                + thought("bad-visible", "<p>BAD-VISIBLE-BODY</p>", "feedback-visible-to", "friends")
                + thought("bad-community", "<p>BAD-COMMUNITY-BODY</p>", "feedback-from", "community")
                + thought("fine", "<p>FINE-BODY</p>", "question", "w".repeat(300), "ripen-by", "2030-01-31"), "8a7f80a1-admin");
        String html = view(as("alice"), pageId);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("bad-stage", "Unknown stage. Use one of: seed, growing, ripe.");
        expected.put("bad-date", "The ripen-by date is a date such as 2026-12-31.");
        expected.put("bad-question", "The question is at most 300 characters.");
        expected.put("bad-visible", "Unknown value for who sees the feedback. Use one of: everyone, author.");
        expected.put("bad-community", "Name the community whose members give feedback.");
        for (Map.Entry<String, String> bad : expected.entrySet()) {
            Element card = section(html, bad.getKey());
            assertEquals(List.of(bad.getValue()), card.select(".outloud-thought-errors li").eachText(), bad.getKey());
            assertTrue(card.selectFirst(".outloud-thought-errors").text().startsWith("This thought's settings need a fix"), bad.getKey());
            assertTrue(card.text().contains(bad.getKey().toUpperCase(java.util.Locale.ROOT) + "-BODY"), "the body still shows: " + bad.getKey());
            assertNull(card.selectFirst(".outloud-feedback-form"), "no feedback until it is fixed: " + bad.getKey());
        }
        assertEquals(List.of(), Jsoup.parse(html).select("#main-content .aui-message-error:not(.outloud-thought-errors)").eachText(),
                "no macro error box: the thought itself says what is wrong");
        for (String body : List.of("BAD-STAGE-BODY", "BAD-DATE-BODY", "BAD-QUESTION-BODY", "BAD-VISIBLE-BODY", "BAD-COMMUNITY-BODY")) {
            assertTrue(html.contains(body), body);
        }
        assertFalse(html.contains(tooLong.substring(0, 299)), "not the over-long question, not even cut");
        assertNull(section(html, "fine").selectFirst(".outloud-thought-errors"));
        Element fine = section(html, "fine");
        assertEquals("The feedback I'd like: " + "w".repeat(300), fine.selectFirst(".outloud-thought-question").text(), "300 characters fit");
        assertEquals("Ripen by 2030-01-31", fine.selectFirst(".outloud-thought-ripen-by").text());
        assertTrue(fine.text().contains("FINE-BODY"));
    }

    @Test
    void mine_listsTheReadersOpenThoughts_withFeedbackCounts_andNoRipeOnes() throws Exception {
        PreviewClient.Response eva = as("eva").get(MINE);
        assertEquals(200, eva.statusCode(), eva.body());
        assertEquals("{\"thoughts\":[{\"pageId\":" + thoughtsId + ",\"macroId\":\"" + seed + "\",\"pageTitle\":\"Half-finished thoughts\","
                + "\"question\":\"" + SEED_QUESTION + "\",\"stage\":\"seed\",\"stageLabel\":\"Seed\",\"createdAt\":\"", eva.body().substring(0, eva.body().indexOf("\"createdAt\":\"") + 13),
                eva.body());
        assertTrue(eva.body().contains("\"feedback\":2,\"unanswered\":2,\"waiting\":false,\"ripenBy\":null,\"path\":\"/pages/viewpage.action?pageId="
                + thoughtsId + "#outloud-thought-" + seed + "\"}],\"next\":null}"), eva.body());

        String chloe = as("chloe").get(MINE).body();
        assertTrue(chloe.contains("\"macroId\":\"" + growing + "\""), chloe);
        assertTrue(chloe.contains("\"question\":\"" + GROWING_QUESTION + "\",\"stage\":\"growing\""), chloe);
        assertTrue(chloe.contains("\"feedback\":2,\"unanswered\":1,"), "Dirk's was taken in, Alice's not: " + chloe);
        assertFalse(chloe.contains(seed), "only one's own");

        String farid = as("farid").get(MINE).body();
        assertEquals("{\"thoughts\":[],\"next\":null}", farid, "Farid's only thought is ripe");
        assertEquals(401, anonymous().get(MINE).statusCode());
    }

    @Test
    void thePersonalPage_listsTheSignedInReadersOpenThoughts_decorated_andRefusesStrangers() throws Exception {
        PreviewClient.Response page = as("eva").get(MINE_PAGE);
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("<title>My open thoughts - Out Loud preview</title>"), "decorated: " + html);
        assertEquals(1, html.split("<html", -1).length - 1, "one document, not a page inside a page");
        Document document = Jsoup.parse(html);
        List<Element> items = document.select("#main-content li.outloud-thoughts-mine-item");
        assertEquals(1, items.size(), html);
        Element link = items.get(0).selectFirst("a");
        assertEquals(SEED_QUESTION, link.text());
        assertTrue(link.attr("href").endsWith("/pages/viewpage.action?pageId=" + thoughtsId + "#outloud-thought-" + seed), link.attr("href"));
        assertEquals("Half-finished thoughts", items.get(0).selectFirst(".outloud-thoughts-mine-page").text());
        assertEquals("Seed", items.get(0).selectFirst(".aui-lozenge").text());
        assertEquals("2 pieces of feedback", items.get(0).selectFirst(".outloud-thought-feedback-count").text());
        assertEquals("2 not taken in yet", items.get(0).selectFirst(".outloud-thought-unanswered").text());
        assertNull(items.get(0).selectFirst(".outloud-thought-waiting"));

        assertTrue(as("farid").get(MINE_PAGE).body().contains("You have no open thoughts."));
        PreviewClient.Response stranger = anonymous().get(MINE_PAGE);
        assertEquals(401, stranger.statusCode());
        assertFalse(stranger.body().contains("outloud-thoughts-mine-item") || stranger.body().contains(SEED_QUESTION), stranger.body());
    }

    @Test
    void theMyOpenThoughtsMacro_listsEachReadersOwnThoughtsOnly() throws Exception {
        Element forEva = Jsoup.parse(view(as("eva"), minePageId)).selectFirst("section.outloud-thoughts-mine");
        assertNotNull(forEva);
        assertEquals(List.of(SEED_QUESTION), forEva.select("li.outloud-thoughts-mine-item > a").eachText());
        Element forChloe = Jsoup.parse(view(as("chloe"), minePageId)).selectFirst("section.outloud-thoughts-mine");
        assertTrue(forChloe.select("li.outloud-thoughts-mine-item > a").eachText().contains(GROWING_QUESTION), forChloe.outerHtml());
        assertFalse(forChloe.text().contains(SEED_QUESTION), "not Eva's, on Eva's page");
        Element forFarid = Jsoup.parse(view(as("farid"), minePageId)).selectFirst("section.outloud-thoughts-mine");
        assertEquals("You have no open thoughts. A half-finished thought is a good way to ask for help early.",
                forFarid.selectFirst(".outloud-thoughts-mine-empty").text());
        assertTrue(forFarid.selectFirst("a.outloud-notices-link").attr("href").endsWith("/plugins/servlet/outloud/notifications"),
                "the list links to the reader's own notifications");
        Element forAnonymous = Jsoup.parse(view(anonymous(), minePageId)).selectFirst("section.outloud-thoughts-mine");
        assertEquals("Sign in to see your open thoughts.", forAnonymous.text());
    }

    @Test
    void aCommunityOnlyThought_takesFeedbackFromItsMembers_whoJoinAndLeave() throws Exception {
        long pageId = freshThought("community-1", "feedback-from", "community", "community", "gardeners");
        String members = "/rest/outloud/1.0/communities/gardeners/members/me";
        PreviewClient bruno = as("bruno");
        assertEquals(404, bruno.get(members).statusCode(), "no such community yet");
        PreviewClient.Response made = as("chloe").postJson("/rest/outloud/1.0/communities", "{\"name\":\"Gardeners\"}");
        assertEquals(201, made.statusCode(), made.body());
        assertTrue(bruno.get(members).body().contains("\"member\":false"), bruno.get(members).body());

        PreviewClient.Response refused = give(bruno, pageId, "community-1", "go-on", "NOT-YET", false);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Only members of the community gardeners give feedback here."), refused.body());
        Element card = section(view(bruno, pageId), "community-1");
        assertNull(card.selectFirst("form.outloud-feedback-form"));
        assertTrue(card.selectFirst(".outloud-feedback-refusal").text().startsWith("Only members of the community gardeners give feedback here."));
        Element join = card.selectFirst("button.outloud-community-join");
        assertEquals("gardeners", join.attr("data-community"));
        assertEquals("Join gardeners", join.text());

        PreviewClient.Response joined = bruno.send("PUT", members, null, null, "X-Atlassian-Token", "no-check");
        assertEquals(200, joined.statusCode(), joined.body());
        assertTrue(joined.body().contains("\"member\":true"), joined.body());
        assertTrue(bruno.get(members).body().contains("\"member\":true"));
        assertEquals(201, give(bruno, pageId, "community-1", "go-on", "AS-A-MEMBER", false).statusCode());
        assertNotNull(section(view(bruno, pageId), "community-1").selectFirst("form.outloud-feedback-form"), "a member gets the form");
        assertEquals(403, give(as("alice"), pageId, "community-1", "go-on", "x", false).statusCode(), "membership is each person's own");

        PreviewClient.Response left = bruno.send("DELETE", members, null, null, "X-Atlassian-Token", "no-check");
        assertEquals(200, left.statusCode());
        assertTrue(left.body().contains("\"member\":false"), left.body());
        assertEquals(403, give(bruno, pageId, "community-1", "go-on", "LEFT", false).statusCode());

        for (String invalid : List.of("Gardeners", "not%20a%20key", "-gardeners", "g".repeat(51), "%3Cb%3E")) {
            String path = "/rest/outloud/1.0/communities/" + invalid + "/members/me";
            assertEquals(404, bruno.send("PUT", path, null, null, "X-Atlassian-Token", "no-check").statusCode(), invalid);
            assertEquals(404, bruno.get(path).statusCode(), invalid);
            assertEquals(404, bruno.send("DELETE", path, null, null, "X-Atlassian-Token", "no-check").statusCode(), invalid);
        }
        assertEquals(401, anonymous().send("PUT", members, null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(401, anonymous().get(members).statusCode());
    }
}
