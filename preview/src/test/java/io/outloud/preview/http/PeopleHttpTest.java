package io.outloud.preview.http;

import io.outloud.preview.xss.XssChecks;
import io.outloud.preview.xss.XssPayloads;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The people component over real HTTP: each person's "open to talk about" (REST and the preferences page), and where
 * departments come from as the site admin sets it, seen on the cards of a rendered page.
 */
class PeopleHttpTest extends DemoPreviewHttpTest {
    private static final String PROFILE = "/rest/outloud/1.0/people/me/profile";
    private static final String SETTINGS = "/rest/outloud/1.0/admin/settings";
    private static final String ME = "/plugins/servlet/outloud/me";

    private static PreviewClient.Response putOpenTo(PreviewClient client, String text) throws Exception {
        return client.send("PUT", PROFILE, "application/json", "{\"openTo\":" + PreviewClient.json(text) + "}");
    }

    @Test
    void eachPerson_savesWhatTheyAreOpenToTalkAbout_cleaned_andOnlyTheirOwn() throws Exception {
        PreviewClient sam = as("admin"); // the demo gives Sam nothing he is open to talk about
        assertEquals("{\"openTo\":\"\"}", sam.get(PROFILE).body());

        PreviewClient.Response saved = putOpenTo(sam, "  maps,\nnight trains\tand sourdough\u0007 ");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("{\"openTo\":\"maps, night trains and sourdough\"}", saved.body());
        try {
            assertEquals("{\"openTo\":\"maps, night trains and sourdough\"}", sam.get(PROFILE).body());
            assertEquals("{\"openTo\":\"\"}", as("bruno").get(PROFILE).body(), "each their own");
            String page = sam.get(ME).body();
            assertTrue(page.contains("id=\"outloud-open-to\" name=\"openTo\" maxlength=\"300\""), page);
            assertTrue(page.contains("value=\"maps, night trains and sourdough\""), page);
            assertTrue(page.contains("<label for=\"outloud-open-to\">What I am open to talk about, beyond my job title</label>"), page);
        } finally {
            putOpenTo(sam, "");
        }
        assertEquals("{\"openTo\":\"\"}", sam.get(PROFILE).body(), "an empty text clears it");
    }

    @Test
    void tooLongText_isRefusedWith400_andTheOldTextStays() throws Exception {
        PreviewClient chloe = as("chloe");
        putOpenTo(chloe, "ledgers");
        try {
            PreviewClient.Response tooLong = putOpenTo(chloe, "x".repeat(301));
            assertEquals(400, tooLong.statusCode());
            assertEquals("{\"status\":400,\"message\":\"What you are open to talk about can have at most 300 characters.\"}", tooLong.body());
            assertEquals(200, putOpenTo(chloe, " " + "y".repeat(300) + " ").statusCode(), "300 after trimming is fine");
            putOpenTo(chloe, "ledgers");
            PreviewClient.Response missing = chloe.send("PUT", PROFILE, "application/json", "{\"hideMyName\":true}");
            assertEquals(400, missing.statusCode());
            assertTrue(missing.body().contains("in the field \\\"openTo\\\""), missing.body());
            assertEquals(400, chloe.send("PUT", PROFILE, "application/json", "{\"openTo\":7}").statusCode(), "not text");
            assertEquals(400, chloe.send("PUT", PROFILE, "application/json", "openTo=x").statusCode(), "not JSON");
            PreviewClient german = new PreviewClient(server.baseUrl()).actAs("chloe", "de");
            assertTrue(putOpenTo(german, "z".repeat(301)).body().contains("h\u00f6chstens 300 Zeichen"), "in the reader's language");
            assertEquals("{\"openTo\":\"ledgers\"}", chloe.get(PROFILE).body());
        } finally {
            putOpenTo(chloe, "");
        }
    }

    @Test
    void strangers_andFormLikeRequests_changeNothing() throws Exception {
        PreviewClient anonymous = new PreviewClient(server.baseUrl());
        assertEquals(401, anonymous.get(PROFILE).statusCode());
        assertEquals(401, putOpenTo(anonymous, "hello").statusCode());
        assertEquals(401, anonymous.get(ME).statusCode());

        PreviewClient dirk = as("dirk");
        putOpenTo(dirk, "choirs");
        try {
            // A cross-site form can send text/plain or a form body; the REST module only logs a PUT that breaks its XSRF
            // rules, so the app's own check refuses it.
            assertEquals(403, dirk.send("PUT", PROFILE, "text/plain", "{\"openTo\":\"forged\"}").statusCode());
            assertEquals(403, dirk.send("PUT", PROFILE, "application/x-www-form-urlencoded", "openTo=forged").statusCode());
            assertEquals(403, dirk.post(PROFILE, "text/plain", "{\"openTo\":\"forged\"}").statusCode(), "what a form can send");
            assertEquals(415, dirk.send("PUT", PROFILE, "text/plain", "{\"openTo\":\"forged\"}", "X-Atlassian-Token", "no-check").statusCode(),
                    "past the check, the resource still takes JSON only");
            assertEquals("{\"openTo\":\"choirs\"}", dirk.get(PROFILE).body());
        } finally {
            putOpenTo(dirk, "");
        }
    }

    @Test
    void hostileText_isShownAsText_onThePreferencesPage() throws Exception {
        PreviewClient eva = as("eva");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try {
            for (XssPayloads.Payload p : XssPayloads.marked()) {
                PreviewClient.Response saved = putOpenTo(eva, p.text());
                if (saved.statusCode() == 400) {
                    continue; // longer than 300 characters
                }
                assertEquals(200, saved.statusCode(), saved.body());
                checked++;
                assertTrue(saved.header("Content-Type").orElse("").startsWith("application/json"), "REST answers JSON, never HTML");
                String html = eva.get(ME).body();
                XssChecks.check("open to talk about " + p.id(), html, List.of(p), failures);
                String shown = Jsoup.parse(html).getElementById("outloud-open-to").attr("value");
                String kept = eva.get(PROFILE).body();
                if (!kept.contains("\"openTo\":\"\"") && shown.isEmpty()) {
                    failures.add("payload " + p.id() + " lost on the page: " + kept);
                }
            }
        } finally {
            putOpenTo(eva, "");
        }
        assertTrue(checked > 50, "most payloads fit in 300 characters: " + checked);
        assertEquals(List.of(), failures);
    }

    @Test
    void theSiteAdmin_mapsGroupsToDepartments_andCardsFollow_untilProfilesAgain() throws Exception {
        String welcome = "/pages/viewpage.action?pageId=" + welcomeId;
        String before = as("bruno").get(welcome).body();
        assertTrue(before.contains("<span class=\"outloud-block-author-department\">Finance</span>"), "Chlo\u00e9's profile: Finance");
        assertTrue(before.contains("<span class=\"outloud-block-author-department\">Customer Support</span>"), "Eva's profile");

        PreviewClient admin = as("admin").secureAdminSession();
        PreviewClient.Response bad = admin.send("PUT", SETTINGS, "application/json",
                "{\"departmentSource\":\"groups\",\"departmentGroups\":\"grp-finance = Finance & Control\\nsupport people\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("{\"status\":400,\"message\":\"Line 2 of the groups is not \\\"group-name = Department name\\\": support people\"}", bad.body());
        assertTrue(admin.get(SETTINGS).body().contains("\"departmentSource\":\"profile\""), "nothing saved");

        PreviewClient.Response saved = admin.send("PUT", SETTINGS, "application/json",
                "{\"departmentSource\":\"groups\",\"departmentGroups\":\"grp-finance = Finance & <Control>\\nconfluence-users = Staff\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        try {
            assertTrue(saved.body().contains("\"departmentSource\":\"groups\",\"departmentGroups\":\"grp-finance = Finance \\u0026 \\u003cControl\\u003e\\nconfluence-users = Staff\""),
                    saved.body());
            String after = as("bruno").get(welcome).body();
            assertTrue(after.contains("<span class=\"outloud-block-author-department\">Finance &amp; &lt;Control&gt;</span>"), "the first mapped group wins");
            assertTrue(after.contains("<span class=\"outloud-block-author-department\">Staff</span>"), "Eva: only in confluence-users");
            assertFalse(after.contains(">Customer Support<"), "profiles no longer count");

            admin.send("PUT", SETTINGS, "application/json", "{\"departmentGroups\":\"grp-finance = Finance\"}");
            assertTrue(as("bruno").get(welcome).body().contains("<span class=\"outloud-block-author-department\">no department</span>"),
                    "Eva is in no mapped group");

            String adminPage = admin.get("/plugins/servlet/outloud/admin").body();
            assertTrue(adminPage.contains("id=\"outloud-department-source-groups\" value=\"groups\" checked"), adminPage);
            assertTrue(adminPage.contains(">grp-finance = Finance</textarea>"), adminPage);
        } finally {
            admin.send("PUT", SETTINGS, "application/json", "{\"departmentSource\":\"profile\",\"departmentGroups\":\"\",\"departments\":\"\"}");
        }
        assertTrue(as("bruno").get(welcome).body().contains("<span class=\"outloud-block-author-department\">Customer Support</span>"));
    }

    @Test
    void aMappingOf200Lines_isKept_and201AreRefused() throws Exception {
        PreviewClient admin = as("admin").secureAdminSession();
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            lines.append("grp-team-").append(i).append(" = Team number ").append(i).append("\\n");
        }
        try {
            PreviewClient.Response kept = admin.send("PUT", SETTINGS, "application/json", "{\"departmentGroups\":\"" + lines + "\"}");
            assertEquals(200, kept.statusCode(), kept.body());
            assertTrue(admin.get(SETTINGS).body().contains("grp-team-200 = Team number 200\""), "kept whole");
            PreviewClient.Response tooMany = admin.send("PUT", SETTINGS, "application/json", "{\"departmentGroups\":\"" + lines + "one = More\"}");
            assertEquals(400, tooMany.statusCode());
            assertEquals("{\"status\":400,\"message\":\"At most 200 lines, please.\"}", tooMany.body());
            assertEquals(403, as("eva").send("PUT", SETTINGS, "application/json", "{\"departmentSource\":\"groups\"}").statusCode(), "site admins only");
        } finally {
            admin.send("PUT", SETTINGS, "application/json", "{\"departmentGroups\":\"\"}");
        }
    }

    @Test
    void hostileDepartmentNames_fromTheMapping_areShownAsText_onCards() throws Exception {
        PreviewClient admin = as("admin").secureAdminSession();
        PreviewClient bruno = as("bruno");
        String welcome = "/pages/viewpage.action?pageId=" + welcomeId;
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try {
            for (XssPayloads.Payload p : XssPayloads.marked()) {
                String mapping = "grp-finance = " + p.oneLine();
                PreviewClient.Response saved = admin.send("PUT", SETTINGS, "application/json",
                        "{\"departmentSource\":\"groups\",\"departmentGroups\":" + PreviewClient.json(mapping) + "}");
                if (saved.statusCode() == 400) {
                    continue; // longer than 255 characters, or no department left once trimmed
                }
                assertEquals(200, saved.statusCode(), saved.body());
                checked++;
                XssChecks.check("department " + p.id(), bruno.get(welcome).body(), List.of(p), failures);
            }
        } finally {
            admin.send("PUT", SETTINGS, "application/json", "{\"departmentSource\":\"profile\",\"departmentGroups\":\"\"}");
        }
        assertTrue(checked > 50, "most payloads fit in a department name: " + checked);
        assertEquals(List.of(), failures);
    }
}
