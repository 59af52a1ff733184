package io.outloud.preview.http;

import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.web.RequestFilter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * My Out Loud over real HTTP: the page is always the reader's own, strangers are sent to log in, the next step is dismissed
 * through an XSRF-protected call and stays dismissed, suggestions can be switched off, and the page costs the same number
 * of the app's statements whether the reader has one item in each list or many.
 */
class MyOutLoudHttpTest extends DemoPreviewHttpTest {
    private static final String PAGE = "/plugins/servlet/outloud/home";
    private static final String REST = "/rest/outloud/1.0/home";
    private static final String[] NO_CHECK = {"X-Atlassian-Token", "no-check"};

    @Test
    void thePage_isTheReadersOwn_withTheirListsAndTheirPath_andStrangersAreAskedToLogIn() throws Exception {
        assertEquals(401, new PreviewClient(server.baseUrl()).get(PAGE).statusCode());
        assertEquals(401, new PreviewClient(server.baseUrl()).get(PAGE + "?user=bruno").statusCode());

        PreviewClient.Response response = as("bruno").get(PAGE);
        assertEquals(200, response.statusCode(), response.body());
        Document page = Jsoup.parse(response.body());
        assertNotNull(page.selectFirst("section.outloud-home"), response.body());
        assertEquals("My Out Loud", page.selectFirst("#title-text").text());
        for (String section : new String[]{"following", "asked", "thoughts", "responses", "helping", "communities"}) {
            assertNotNull(page.selectFirst("section[data-section=" + section + "]"), section);
        }
        assertTrue(page.select("section[data-section=communities] .outloud-home-item-text").eachText().contains("Data curious"),
                "Bruno's community: " + page.select("section[data-section=communities]").text());
        assertEquals(3, page.select(".outloud-home-path-step").size());
        assertTrue(page.selectFirst(".outloud-home-path-private").text().startsWith("Only you see this."));
        String path = page.selectFirst(".outloud-home-path").text();
        assertFalse(path.matches(".*\\d.*"), "steps in words, no score, rank or streak: " + path);

        // The page takes no person: whatever the address says, Farid reads his own page, never Bruno's.
        PreviewClient farid = as("farid");
        String faridsOwn = Jsoup.parse(farid.get(PAGE).body()).select("section.outloud-home").text();
        assertEquals(faridsOwn, Jsoup.parse(farid.get(PAGE + "?user=bruno").body()).select("section.outloud-home").text());
        assertEquals(faridsOwn, Jsoup.parse(farid.get(PAGE + "?username=bruno&userKey=8a7f80a1-bruno").body()).select("section.outloud-home").text());
    }

    @Test
    void dismissingTheNextStep_needsTheXsrfHeader_andItStaysGone_andSuggestionsCanBeSwitchedOff() throws Exception {
        PreviewClient eva = as("eva");
        Document before = Jsoup.parse(eva.get(PAGE).body());
        assertNotNull(before.selectFirst(".outloud-home-next"), "Eva gets a next step: " + before.select("section.outloud-home").text());
        String step = before.selectFirst(".outloud-home-next").attr("data-step");

        String dismiss = REST + "/next-steps/" + step + "/dismiss";
        assertEquals(403, eva.send("POST", dismiss, null, null).statusCode(), "no XSRF header");
        assertEquals(403, eva.send("POST", dismiss, null, null, "X-Atlassian-Token", "no-check", "Origin", "http://evil.example").statusCode());
        assertEquals(401, new PreviewClient(server.baseUrl()).send("POST", dismiss, null, null, NO_CHECK).statusCode());
        assertEquals(400, eva.send("POST", REST + "/next-steps/no-such-step/dismiss", null, null, NO_CHECK).statusCode());
        assertEquals(step, Jsoup.parse(eva.get(PAGE).body()).selectFirst(".outloud-home-next").attr("data-step"), "refusals change nothing");

        assertEquals(200, eva.send("POST", dismiss, null, null, NO_CHECK).statusCode());
        Document after = Jsoup.parse(eva.get(PAGE).body());
        assertFalse(after.select(".outloud-home-next[data-step=" + step + "]").size() > 0, "the dismissed step stays gone");
        assertTrue(Jsoup.parse(as("eva").get(PAGE).body()).select(".outloud-home-next[data-step=" + step + "]").isEmpty(), "in a new session too");

        assertEquals(403, eva.send("PUT", REST + "/suggestions", "application/x-www-form-urlencoded", "on=false").statusCode(), "a form, as a foreign site could send");
        assertEquals(403, eva.send("PUT", REST + "/suggestions", "application/json", "{\"on\":false}", "Origin", "http://evil.example").statusCode());
        assertEquals(400, eva.send("PUT", REST + "/suggestions", "application/json", "{\"on\":\"no\"}", NO_CHECK).statusCode());
        assertEquals(200, eva.send("PUT", REST + "/suggestions", "application/json", "{\"on\":false}", NO_CHECK).statusCode());
        Document off = Jsoup.parse(eva.get(PAGE).body());
        assertNull(off.selectFirst(".outloud-home-next"), "suggestions off: no next step at all");
        assertFalse(off.selectFirst("#outloud-home-suggestions").hasAttr("checked"));
        assertEquals(200, eva.send("PUT", REST + "/suggestions", "application/json", "{\"on\":true}", NO_CHECK).statusCode());
        assertTrue(Jsoup.parse(eva.get(PAGE).body()).selectFirst("#outloud-home-suggestions").hasAttr("checked"));
    }

    @Test
    void theAppsStatementsPerPage_areTheSameWithOneItemInEachListOrMany() throws Exception {
        PreviewClient dirk = as("dirk");
        long dirksPage = saver().create(DemoContent.TEAM, "Dirk asks to be asked", block("dirk-asked", "DIRK-ASKED"), "8a7f80a1-dirk");
        assertEquals(200, dirk.send("PUT", "/rest/outloud/1.0/follows/person/farid", null, null, NO_CHECK).statusCode());
        saver().create(DemoContent.TEAM, "Farid once", block("farid-once", "FARID-ONCE"), "8a7f80a1-farid");
        askDirk(as("alice"), dirksPage, "ONE-TOPIC <b>not bold</b>");
        ThoughtHttpSupport.savePage("Dirk thinks once", ThoughtHttpSupport.thought("dirk-t0", "<p>x</p>", "question", "ONE-THOUGHT?"), "8a7f80a1-dirk");
        long one = statements(dirk, "ONE-TOPIC", "ONE-THOUGHT?", "FARID-ONCE");
        String body = dirk.get(PAGE).body();
        assertTrue(body.contains("ONE-TOPIC &lt;b&gt;not bold&lt;/b&gt;") && !body.contains("<b>not bold"), "what people wrote is escaped");

        StringBuilder blocks = new StringBuilder();
        StringBuilder thoughts = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            blocks.append(block("farid-many", "FARID-MANY-" + i));
            thoughts.append(ThoughtHttpSupport.thought("dirk-t" + (i + 1), "<p>x</p>", "question", "MANY-THOUGHT-" + i + "?"));
        }
        saver().create(DemoContent.TEAM, "Farid many times", blocks.toString(), "8a7f80a1-farid");
        ThoughtHttpSupport.savePage("Dirk thinks a lot", thoughts.toString(), "8a7f80a1-dirk");
        for (String asker : new String[]{"bruno", "chloe", "eva", "farid"}) {
            for (int i = 0; i < 2; i++) {
                askDirk(as(asker), dirksPage, "MANY-TOPIC-" + asker + "-" + i);
            }
        }
        long many = statements(dirk, "MANY-TOPIC-", "MANY-THOUGHT-", "FARID-MANY-");
        System.out.println("My Out Loud: " + one + " app statements with one item in each list, " + many + " with many");
        assertEquals(one, many, "the app's statements for one item in each list vs many: " + one + " vs " + many);
    }

    private static long statements(PreviewClient client, String... shown) throws Exception {
        PreviewClient.Response response = client.get(PAGE);
        assertEquals(200, response.statusCode(), response.body());
        for (String text : shown) {
            assertTrue(response.body().contains(text), text + " shows: " + Jsoup.parse(response.body()).select("section.outloud-home").text());
        }
        return Long.parseLong(response.header(RequestFilter.APP_SQL_HEADER).orElseThrow());
    }

    private static void askDirk(PreviewClient asker, long pageId, String topic) throws Exception {
        PreviewClient.Response asked = asker.postJson("/rest/outloud/1.0/share-requests",
                "{\"pageId\":" + pageId + ",\"macroId\":\"dirk-asked\",\"topic\":\"" + topic + "\"}", NO_CHECK);
        assertEquals(201, asked.statusCode(), asked.body());
    }

    private static DemoContent.Saver saver() {
        return new DemoContent.Saver(server.hosts().pages(), server.hosts().events());
    }

    private static String block(String macroId, String workingOn) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId + "\">"
                + "<ac:parameter ac:name=\"working-on\">" + workingOn + "</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>";
    }
}
