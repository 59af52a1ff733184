package io.outloud.preview.http;

import io.outloud.thought.ThoughtStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site settings of half-finished thoughts over real HTTP: whether feedback may be unnamed at all (the site's rule
 * over each thought's invitation), and after how many days an untouched thought is marked as waiting; both through
 * the admin REST (secure administrator session) and on the settings page. Each test puts the demo's settings back.
 */
class ThoughtSettingsHttpTest extends ThoughtHttpSupport {
    private static final String SETTINGS = "/rest/outloud/1.0/admin/settings";
    private static final String ADMIN_PAGE = "/plugins/servlet/outloud/admin";

    @Test
    void withUnnamedFeedbackOff_unnamedFeedbackIs400_andThePageOffersNoCheckbox() throws Exception {
        PreviewClient bruno = as("bruno");
        assertNotNull(section(view(bruno, thoughtsId), seed).selectFirst("input.outloud-feedback-unnamed"), "on in the demo");
        PreviewClient admin = as("admin").secureAdminSession();
        PreviewClient.Response off = admin.send("PUT", SETTINGS, "application/json", "{\"unnamedFeedback\":false}");
        assertEquals(200, off.statusCode(), off.body());
        assertTrue(off.body().contains("\"unnamedFeedback\":false"), off.body());
        try {
            PreviewClient.Response unnamed = give(bruno, thoughtsId, seed, "go-on", "SETTINGS-UNNAMED", true);
            assertEquals(400, unnamed.statusCode(), unnamed.body());
            assertTrue(unnamed.body().contains("Feedback without your name is not allowed here."), unnamed.body());
            Element card = section(view(bruno, thoughtsId), seed);
            assertNotNull(card.selectFirst("form.outloud-feedback-form"), "named feedback is still welcome");
            assertNull(card.selectFirst("input.outloud-feedback-unnamed"), "no checkbox for what the site does not allow");
            assertEquals(201, give(bruno, thoughtsId, seed, "go-on", "SETTINGS-NAMED", false).statusCode());
            assertFalse(as("eva").get(feedbackPath(thoughtsId, seed)).body().contains("SETTINGS-UNNAMED"), "nothing unnamed saved");
            assertTrue(admin.get(ADMIN_PAGE).body().contains("id=\"outloud-unnamed-feedback\" name=\"unnamedFeedback\">"), "unchecked on the page");
        } finally {
            assertEquals(200, admin.send("PUT", SETTINGS, "application/json", "{\"unnamedFeedback\":true}").statusCode());
        }
        assertNotNull(section(view(bruno, thoughtsId), seed).selectFirst("input.outloud-feedback-unnamed"), "on again");
        assertEquals(201, give(bruno, thoughtsId, seed, "go-on", "SETTINGS-UNNAMED-AGAIN", true).statusCode());
    }

    @Test
    void waitingDays_outOfRangeIs400_andAThoughtUntouchedThatLongIsWaiting() throws Exception {
        PreviewClient admin = as("admin").secureAdminSession();
        for (String bad : new String[]{"0", "366", "-1", "1.5", "\"7\"", "true"}) {
            PreviewClient.Response refused = admin.send("PUT", SETTINGS, "application/json", "{\"waitingDays\":" + bad + "}");
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
        }
        assertTrue(admin.send("PUT", SETTINGS, "application/json", "{\"waitingDays\":366}").body()
                .contains("The number of days is a whole number from 1 to 365."));
        assertTrue(admin.get(SETTINGS).body().contains("\"waitingDays\":14"), "nothing changed: " + admin.get(SETTINGS).body());
        assertEquals(401, as("admin").send("PUT", SETTINGS, "application/json", "{\"waitingDays\":3}").statusCode(), "a secure session first");
        assertEquals(403, as("eva").send("PUT", SETTINGS, "application/json", "{\"waitingDays\":3}").statusCode(), "site admins only");

        long pageId = savePage("Quiet for a while", thought("quiet-1", "<p>Nobody looked.</p>", "question", "QUIET question?"), "8a7f80a1-dirk");
        server.hosts().plugin().bean(ThoughtStore.class).touch(pageId, "quiet-1", Instant.now().minus(3, ChronoUnit.DAYS));
        PreviewClient dirk = as("dirk");
        assertTrue(dirk.get(MINE).body().contains("\"waiting\":false"), "3 days are not 14: " + dirk.get(MINE).body());
        assertEquals(200, admin.send("PUT", SETTINGS, "application/json", "{\"waitingDays\":2}").statusCode());
        try {
            assertTrue(admin.get(SETTINGS).body().contains("\"waitingDays\":2"));
            assertTrue(dirk.get(MINE).body().contains("\"waiting\":true"), "3 days are more than 2: " + dirk.get(MINE).body());
            Element item = Jsoup.parse(dirk.get(MINE_PAGE).body()).selectFirst("li.outloud-thoughts-mine-item");
            assertEquals("Waiting: nothing happened here for a while", item.selectFirst(".outloud-thought-waiting").text());
            assertTrue(admin.get(ADMIN_PAGE).body().contains("max=\"365\" value=\"2\" required"), "the page shows the stored value");

            assertEquals(201, give(as("bruno"), pageId, "quiet-1", "go-on", "Hello?", false).statusCode());
            assertTrue(dirk.get(MINE).body().contains("\"waiting\":false"), "feedback touches it: " + dirk.get(MINE).body());
        } finally {
            assertEquals(200, admin.send("PUT", SETTINGS, "application/json", "{\"waitingDays\":14}").statusCode());
        }
    }

    @Test
    void theSettingsPage_showsTheThoughtsFields_asStored() throws Exception {
        PreviewClient admin = as("admin").secureAdminSession();
        PreviewClient.Response page = admin.get(ADMIN_PAGE);
        assertEquals(200, page.statusCode(), page.body());
        Element form = Jsoup.parse(page.body()).getElementById("outloud-settings-form");
        assertNotNull(form, page.body());
        Element unnamed = form.getElementById("outloud-unnamed-feedback");
        assertEquals("checkbox", unnamed.attr("type"));
        assertEquals("unnamedFeedback", unnamed.attr("name"));
        assertTrue(unnamed.hasAttr("checked"), "the demo allows unnamed feedback");
        assertEquals("Allow feedback without the giver's name, where a thought's author invites it",
                form.selectFirst("label[for=outloud-unnamed-feedback]").text());
        Element days = form.getElementById("outloud-waiting-days");
        assertEquals("number", days.attr("type"));
        assertEquals("waitingDays", days.attr("name"));
        assertEquals("1", days.attr("min"));
        assertEquals("365", days.attr("max"));
        assertEquals("14", days.attr("value"));
        assertEquals("Days before an untouched thought is marked as waiting", form.selectFirst("label[for=outloud-waiting-days]").text());
        assertTrue(form.text().contains("Half-finished thoughts"), "their own group");

        String json = admin.get(SETTINGS).body();
        assertTrue(json.contains("\"unnamedFeedback\":true,\"waitingDays\":14"), json);
    }
}
