package io.outloud.preview.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Works-council mode over HTTP: a setting the organisation's agreement fixes (a system property, read per request)
 * is refused when changed and shown read-only; the minimum group size cannot go below five; and the data-protection
 * statement says what the settings in force say, in the reader's language, to site admins only.
 */
class WorksCouncilHttpTest extends DemoPreviewHttpTest {
    private static final String SETTINGS = "/rest/outloud/1.0/admin/settings";
    private static final String STATEMENT = "/plugins/servlet/outloud/admin/data-protection";
    private static final String LOCK = "outloud.seen.min-group-size";
    private static final String RETENTION_LOCK = "outloud.retention.seen-by-days";

    @AfterEach
    void unlock() throws Exception {
        System.clearProperty(LOCK);
        as("admin").secureAdminSession().send("PUT", SETTINGS, "application/json", "{\"minGroupSize\":5,\"namesToAuthors\":false}");
    }

    @Test
    void aFixedSetting_isRefusedWhenChanged_andShownReadOnly() throws Exception {
        PreviewClient admin = as("admin").secureAdminSession();
        System.setProperty(LOCK, "7");

        PreviewClient.Response refused = admin.send("PUT", SETTINGS, "application/json", "{\"minGroupSize\":9,\"namesToAuthors\":true}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("The setting seen.min-group-size is set by your organisation\\u0027s agreement and cannot be changed here."), refused.body());
        assertTrue(admin.get(SETTINGS).body().contains("\"namesToAuthors\":false,\"minGroupSize\":7"), "nothing saved, the fixed value read");

        PreviewClient.Response same = admin.send("PUT", SETTINGS, "application/json", "{\"minGroupSize\":7,\"namesToAuthors\":true}");
        assertEquals(200, same.statusCode(), "the form sends the fixed value as shown: " + same.body());
        assertTrue(same.body().contains("\"namesToAuthors\":true,\"minGroupSize\":7"), same.body());

        String page = admin.get("/plugins/servlet/outloud/admin").body();
        assertTrue(page.contains("value=\"7\" required readonly aria-describedby=\"outloud-min-group-size-locked\""), page);
        assertTrue(page.contains("id=\"outloud-min-group-size-locked\">Set by your organisation&#39;s agreement.</div>")
                || page.contains("id=\"outloud-min-group-size-locked\">Set by your organisation's agreement.</div>"), page);
        assertFalse(page.contains("name=\"namesToAuthors\" checked disabled"), "only the fixed setting is read-only");

        System.clearProperty(LOCK);
        assertFalse(admin.get("/plugins/servlet/outloud/admin").body().contains("outloud-min-group-size-locked"), "read per request");
    }

    @Test
    void aChangeOfAPrivacySetting_isInThePrivacyAudit_forSiteAdminsOnly() throws Exception {
        PreviewClient admin = as("admin").secureAdminSession();
        assertEquals(200, admin.send("PUT", SETTINGS, "application/json", "{\"minGroupSize\":6,\"waitingDays\":15}").statusCode());

        PreviewClient.Response audit = admin.get("/rest/outloud/1.0/admin/audit?limit=1");
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(audit.body().matches("\\{\"entries\":\\[\\{\"id\":\\d+,\"at\":\"[^\"]+\",\"by\":\"Sam Peeters\",\"kind\":\"setting-changed\","
                + "\"what\":\"Privacy setting changed\",\"detail\":\"Minimum group size: \\d+ \u2192 6\",\"about\":null}],\"next\":\"[^\"]+\"}"), audit.body());
        assertFalse(admin.get("/rest/outloud/1.0/admin/audit?limit=50").body().contains("waiting-days"), "not a privacy setting");
        assertEquals(403, as("eva").get("/rest/outloud/1.0/admin/audit").statusCode());
        assertTrue(as("admin").get("/rest/outloud/1.0/admin/audit").statusCode() >= 400, "not in the secure administrator session");
        assertTrue(admin.get("/plugins/servlet/outloud/admin").body().contains("id=\"outloud-audit\""), "the list on the settings page");
    }

    @Test
    void aFixedRetention_isRefusedWhenChanged_namedLocked_inTheAudit_andTheStatementSaysItsPeriods() throws Exception {
        PreviewClient admin = as("admin").secureAdminSession();
        String retention = "/rest/outloud/1.0/admin/retention";
        System.setProperty(RETENTION_LOCK, "30");
        try {
            PreviewClient.Response refused = admin.send("PUT", retention, "application/json", "{\"seenByDays\":60,\"noticeMonths\":6}");
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(admin.get(retention).body().matches("\\{\"seenByDays\":30,\"pairingMonths\":\\d+,\"noticeMonths\":12,\"giverLinkDays\":\\d+,"
                    + "\"locked\":\\[\"seenByDays\"]}"), "nothing saved, the fixed value read and named");
            PreviewClient.Response open = admin.send("PUT", retention, "application/json", "{\"seenByDays\":30,\"noticeMonths\":6,\"giverLinkDays\":14}");
            assertEquals(200, open.statusCode(), open.body());
            String audit = admin.get("/rest/outloud/1.0/admin/audit?limit=50").body();
            assertTrue(audit.matches("(?s).*\"detail\":\"Months notices are kept: (-|12) \u2192 6\".*"), "a retention change is a privacy setting's: " + audit);
            assertFalse(audit.contains("Days who saw a block is kept"), "the fixed value sent as it is changes nothing: " + audit);
            String german = new PreviewClient(server.baseUrl()).actAs("admin", "de").secureAdminSession().get("/rest/outloud/1.0/admin/audit?limit=50").body();
            assertTrue(german.matches("(?s).*\"detail\":\"Monate, die Benachrichtigungen gespeichert bleiben: (-|12) \u2192 6\".*"),
                    "the detail in the reader's language: " + german);

            String html = admin.get(STATEMENT).body();
            assertTrue(html.contains("Who saw a block is kept 30 days"), html);
            assertTrue(html.contains("are kept 6 months"), html);
            assertTrue(html.contains("Unnamed feedback forgets its giver after 14 days"), html);
            String deutsch = new PreviewClient(server.baseUrl()).actAs("admin", "de").secureAdminSession().get(STATEMENT).body();
            assertTrue(deutsch.contains("wird 30 Tage aufbewahrt"), deutsch);
        } finally {
            System.clearProperty(RETENTION_LOCK);
            admin.send("PUT", retention, "application/json", "{\"seenByDays\":90,\"noticeMonths\":12,\"giverLinkDays\":0}");
        }
    }

    @Test
    void theMinimumGroupSize_cannotBeSetBelowFive() throws Exception {
        PreviewClient admin = as("admin").secureAdminSession();

        PreviewClient.Response refused = admin.send("PUT", SETTINGS, "application/json", "{\"minGroupSize\":4}");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("The minimum group size must be between 5 and 1,000."), refused.body());
    }

    @Test
    void theStatement_saysWhatTheSettingsInForceSay_inTheReadersLanguage() throws Exception {
        PreviewClient admin = as("admin").secureAdminSession();
        admin.send("PUT", SETTINGS, "application/json", "{\"minGroupSize\":8,\"namesToAuthors\":true,\"reactorNames\":\"nobody\"}");
        System.setProperty(LOCK, "9");

        PreviewClient.Response english = admin.get(STATEMENT);
        assertEquals(200, english.statusCode(), english.body());
        String html = english.body();
        assertTrue(html.contains("<title>Out Loud: data-protection statement - Out Loud preview</title>"), html);
        assertTrue(html.contains("fewer than 9 people show as"), "the fixed value, not the stored one: " + html);
        assertTrue(html.contains("a department with fewer than 9 members as"), "communities too: " + html);
        assertTrue(html.contains("also sees the names of colleagues who saw it"), html);
        assertTrue(html.contains("Nobody sees who reacted to a block"), html);
        assertTrue(html.contains("Fixed by your organisation&#39;s agreement") || html.contains("Fixed by your organisation's agreement"), html);
        for (String section : new String[]{"stored", "purpose", "who", "kept", "optout", "rights"}) {
            assertTrue(html.contains("id=\"outloud-protection-" + section + "\""), section);
        }
        assertTrue(admin.get("/plugins/servlet/outloud/admin").body().contains("href=\"admin/data-protection\""), "linked from the settings page");

        PreviewClient german = new PreviewClient(server.baseUrl()).actAs("admin", "de").secureAdminSession();
        String deutsch = german.get(STATEMENT).body();
        assertTrue(deutsch.contains("Out Loud: Datenschutzerkl\u00e4rung"), deutsch);
        assertTrue(deutsch.contains("weniger als 9 Personen erscheinen als"), deutsch);
        assertTrue(deutsch.contains("eine Abteilung mit weniger als 9 Mitgliedern als"), deutsch);
        assertTrue(deutsch.contains("Niemand sieht, wer auf einen Block reagiert hat"), deutsch);
    }

    @Test
    void theStatement_isForSiteAdminsOnly_inTheSecureSession() throws Exception {
        assertEquals(401, new PreviewClient(server.baseUrl()).get(STATEMENT).statusCode());
        PreviewClient.Response eva = as("eva").get(STATEMENT);
        assertEquals(403, eva.statusCode());
        assertFalse(eva.body().contains("outloud-data-protection"));
        assertEquals(302, as("admin").get(STATEMENT).statusCode(), "first the secure administrator session");
    }
}
