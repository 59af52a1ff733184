package io.outloud.preview.http;

import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thanks over real HTTP: each occasion (accepted help, unnamed feedback taken in, an answered request to share) through
 * the REST module's access and XSRF rules and Active Objects, the refusals (a stranger 403, twice 409, anonymous 401,
 * XSRF 403), the notice in the thanked person's outbox, their own page, the choice to show a thanks on their card.
 */
class ThanksHttpTest extends ThoughtHttpSupport {
    private static final String THANKS = "/rest/outloud/1.0/thanks";
    private static final String PAGE = "/plugins/servlet/outloud/thanks";
    private static final String[] NO_CHECK = {"X-Atlassian-Token", "no-check"};
    private static final Pattern OFFER_ID = Pattern.compile("\"id\":(\\d+)");
    private static int blocks;

    private static String thank(String occasion, long id, String note) {
        return "{\"occasion\":\"" + occasion + "\",\"id\":" + id + ",\"note\":" + PreviewClient.json(note) + "}";
    }

    /** Bruno's stuck block on a page of its own, with Alice's offer accepted: the offer's number. */
    private static long brunoAcceptsAlicesHelp() throws Exception {
        String macroId = "thanks-stuck-" + (++blocks);
        long pageId = savePage("Stuck " + macroId, "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\""
                + macroId + "\"><ac:parameter ac:name=\"status\">stuck</ac:parameter><ac:parameter ac:name=\"working-on\">Campaign export</ac:parameter>"
                + "<ac:parameter ac:name=\"help-wanted\">Paging exports</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body>"
                + "</ac:structured-macro>", "8a7f80a1-bruno");
        String help = "/rest/outloud/1.0/blocks/" + pageId + "/" + macroId + "/help";
        assertEquals(201, as("alice").postJson(help, "{\"message\":\"I paged ours\"}").statusCode());
        Matcher id = OFFER_ID.matcher(as("bruno").get(help).body());
        assertTrue(id.find());
        long offer = Long.parseLong(id.group(1));
        assertEquals(200, as("bruno").postJson(help + "/" + offer + "/accept", "").statusCode());
        return offer;
    }

    @Test
    void acceptedHelp_theAuthorThanksTheHelperOnce_theHelperIsTold_seesItOnTheirPage_andMayShowItOnTheirCard() throws Exception {
        long offer = brunoAcceptsAlicesHelp();
        PreviewClient bruno = as("bruno");
        PreviewClient alice = as("alice");
        int aliceMails = outboxCount(alice);

        assertEquals(403, as("chloe").postJson(THANKS, thank("help", offer, "Not mine")).statusCode(), "a stranger");
        assertEquals(403, alice.postJson(THANKS, thank("help", offer, "Me")).statusCode(), "the helper is not the one helped");
        assertEquals(401, anonymous().postJson(THANKS, thank("help", offer, "Anyone")).statusCode());
        assertEquals(403, bruno.post(THANKS, "application/x-www-form-urlencoded", "occasion=help").statusCode(), "XSRF rules");
        assertEquals(403, bruno.send("POST", THANKS, "application/json", thank("help", offer, "x"), "Origin", "http://evil.example").statusCode());
        PreviewClient.Response empty = bruno.postJson(THANKS, thank("help", offer, " \u200B "));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Write a short note."), empty.body());
        assertEquals(aliceMails, outboxCount(alice), "no refusal told anyone");

        PreviewClient.Response thanked = bruno.postJson(THANKS, thank("help", offer, "THANKS-NOTE <b>you saved my week</b>"));
        assertEquals(201, thanked.statusCode(), thanked.body());
        assertFalse(thanked.body().contains("8a7f80a1-"), "no user key leaves: " + thanked.body());
        PreviewClient.Response twice = bruno.postJson(THANKS, thank("help", offer, "Again"));
        assertEquals(409, twice.statusCode());
        assertTrue(twice.body().contains("You already said thanks for this."), twice.body());
        assertEquals("{\"thanked\":[" + offer + "]}", bruno.get(THANKS + "/given?occasion=help&id=" + offer + "&id=999999").body());

        assertEquals(aliceMails + 1, outboxCount(alice));
        String outbox = alice.get("/outbox").body();
        assertTrue(outbox.contains("Bruno Dubois thanked you"), outbox);
        assertFalse(outbox.contains("<b>you saved"), "the note is escaped in the mail");

        String received = alice.get(THANKS + "/received").body();
        assertTrue(received.contains("\"from\":{\"name\":\"Bruno Dubois\""), received);
        assertTrue(received.contains("\"occasionText\":\"for accepted help\""), received);
        assertTrue(received.contains("\"shown\":false"), "private by default: " + received);
        long thanksId = Long.parseLong(first("\"id\":(\\d+),\"from\"", received));
        String page = alice.get(PAGE).body();
        assertTrue(page.contains("THANKS-NOTE &lt;b&gt;you saved my week&lt;/b&gt;"), page);
        assertTrue(page.contains("You helped one colleague in one department this quarter."), page);
        assertFalse(bruno.get(PAGE).body().contains("THANKS-NOTE"), "only Alice's own page shows her thanks");
        assertFalse(bruno.get(THANKS + "/received").body().contains("THANKS-NOTE"));

        String card = THANKS + "/cards?user=alice";
        assertEquals("{\"cards\":{}}", as("chloe").get(card).body(), "nothing on her card until she chooses");
        assertEquals(404, as("chloe").send("PUT", THANKS + "/" + thanksId + "/shown", null, null, NO_CHECK).statusCode(), "not hers to show");
        assertEquals(403, alice.send("PUT", THANKS + "/" + thanksId + "/shown", null, null).statusCode(), "XSRF rules");
        assertEquals(200, alice.send("PUT", THANKS + "/" + thanksId + "/shown", null, null, NO_CHECK).statusCode());
        String shown = as("chloe").get(card).body();
        assertTrue(shown.contains("\"alice\":{\"shown\":[{\"from\":{\"name\":\"Bruno Dubois\""), shown);
        assertTrue(shown.contains("THANKS-NOTE \\u003cb\\u003eyou saved my week\\u003c/b\\u003e"), shown);
        assertTrue(shown.contains("\"summaryText\":null"), "her quarter stays private: " + shown);

        assertEquals(200, alice.send("PUT", THANKS + "/summary/public", null, null, NO_CHECK).statusCode());
        assertTrue(as("chloe").get(card).body().contains("\"summaryText\":\"Helped one colleague in one department this quarter.\""));
        assertEquals(200, alice.send("DELETE", THANKS + "/summary/public", null, null, NO_CHECK).statusCode());
        assertEquals(200, alice.send("DELETE", THANKS + "/" + thanksId + "/shown", null, null, NO_CHECK).statusCode());
        assertEquals("{\"cards\":{}}", as("chloe").get(card).body());
        assertEquals(401, anonymous().get(card).statusCode());
    }

    @Test
    void unnamedFeedbackTakenIn_theAuthorThanksTheGiver_withoutLearningWhoTheyAre() throws Exception {
        String macroId = "thanks-thought";
        long pageId = savePage("Thanks thought", thought(macroId, "<p>What if we paired on exports?</p>", "question", "Pair on exports?", "anonymous-feedback", "true"),
                "8a7f80a1-eva");
        long piece = created(give(as("chloe"), pageId, macroId, "go-on", "CHLOE-UNNAMED try it", true));
        PreviewClient eva = as("eva");
        assertEquals(404, eva.postJson(THANKS, thank("feedback", piece, "Too early")).statusCode(), "not taken in yet");
        assertEquals(200, eva.postJson(feedbackPath(pageId, macroId) + "/" + piece + "/taken-in", "").statusCode());
        int chloeMails = outboxCount(as("chloe"));

        PreviewClient.Response thanked = eva.postJson(THANKS, thank("feedback", piece, "EVA-THANKS"));
        assertEquals(201, thanked.statusCode(), thanked.body());
        assertFalse(thanked.body().contains("Chlo"), "the thanker learns nobody's name: " + thanked.body());
        assertEquals(chloeMails + 1, outboxCount(as("chloe")), "the giver is told");
        assertTrue(as("chloe").get(PAGE).body().contains("EVA-THANKS"));
        assertEquals(403, as("chloe").postJson(THANKS, thank("feedback", piece, "Myself")).statusCode());
        assertEquals(409, eva.postJson(THANKS, thank("feedback", piece, "Again")).statusCode());
    }

    @Test
    void answeredRequestToShare_theAskerThanksWhoAnswered_andAnOpenOneCannotBeThanked() throws Exception {
        PreviewClient chloe = as("chloe");
        PreviewClient farid = as("farid");
        PreviewClient.Response asked = chloe.postJson("/rest/outloud/1.0/share-requests", "{\"pageId\":" + welcomeId + ",\"macroId\":\""
                + welcomeBlocks.get(2) + "\",\"topic\":\"THANKS-TOPIC\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        long request = Long.parseLong(first("^\\{\"id\":(\\d+),", asked.body()));
        assertEquals(404, chloe.postJson(THANKS, thank("share", request, "Not yet")).statusCode(), "open: nothing to thank for");

        PreviewClient.Response created = farid.postForm("/pages/createpage.action", "spaceKey=" + DemoContent.TEAM + "&atl_token="
                + farid.formToken() + "&title=" + URLEncoder.encode("Thanks answer", StandardCharsets.UTF_8) + "&body="
                + URLEncoder.encode("<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\"><ac:parameter ac:name=\"status\">done"
                + "</ac:parameter><ac:parameter ac:name=\"working-on\">Exports</ac:parameter><ac:parameter ac:name=\"answers\">" + request
                + "</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>", StandardCharsets.UTF_8));
        assertEquals(302, created.statusCode(), created.body());

        assertEquals(403, farid.postJson(THANKS, thank("share", request, "Me")).statusCode(), "the one who answered was not helped");
        assertEquals(403, as("bruno").postJson(THANKS, thank("share", request, "Stranger")).statusCode());
        assertEquals(201, chloe.postJson(THANKS, thank("share", request, "Great answer")).statusCode());
        assertTrue(farid.get(THANKS + "/received").body().contains("\"occasionText\":\"for an answered request to share\""));
        assertEquals(400, chloe.postJson(THANKS, thank("kudos", request, "Unknown occasion")).statusCode());
    }

    private static String first(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), regex + " in " + text);
        return matcher.group(1);
    }
}
