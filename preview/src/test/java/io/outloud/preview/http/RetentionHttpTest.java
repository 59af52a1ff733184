package io.outloud.preview.http;

import io.outloud.privacy.RetentionService;
import io.outloud.wol.SeenStore;
import io.outloud.wol.SeenViewer;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How long things are kept, over real HTTP: the retention settings (system admins in a secure administrator session,
 * checked with clear messages in the reader's language), the settings page's sentences, and the retention run on the
 * preview's database leaving a block's seen-by line as it was.
 */
class RetentionHttpTest extends DemoPreviewHttpTest {
    private static final String RETENTION = "/rest/outloud/1.0/admin/retention";
    private static final String PAGE = "/plugins/servlet/outloud/admin";

    @Test
    void siteAdmins_setHowLongThingsAreKept_withinLimits_andThePageSaysWhatIsKept() throws Exception {
        assertEquals(401, new PreviewClient(server.baseUrl()).get(RETENTION).statusCode());
        assertEquals(403, as("eva").get(RETENTION).statusCode(), "site admins only");
        assertEquals(403, as("eva").send("PUT", RETENTION, "application/json", "{\"seenByDays\":30}").statusCode());
        assertEquals(401, as("admin").send("PUT", RETENTION, "application/json", "{\"seenByDays\":30}").statusCode(), "a secure session first");

        PreviewClient admin = as("admin").secureAdminSession();
        PreviewClient.Response defaults = admin.get(RETENTION);
        assertEquals(200, defaults.statusCode(), defaults.body());
        assertEquals("{\"seenByDays\":90,\"pairingMonths\":12,\"noticeMonths\":12,\"giverLinkDays\":0,\"locked\":[]}", defaults.body());
        for (String bad : new String[]{"{\"seenByDays\":0}", "{\"seenByDays\":3651}", "{\"pairingMonths\":121}", "{\"noticeMonths\":0}",
                "{\"giverLinkDays\":-1}", "{\"seenByDays\":1.5}", "{\"seenByDays\":\"30\"}", "{\"noticeMonths\":true}"}) {
            PreviewClient.Response refused = admin.send("PUT", RETENTION, "application/json", bad);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
        }
        String months = admin.send("PUT", RETENTION, "application/json", "{\"seenByDays\":30,\"pairingMonths\":121}").body();
        assertTrue(months.contains("The number of months is a whole number from 1 to 120."), months);
        assertTrue(admin.send("PUT", RETENTION, "application/json", "{\"giverLinkDays\":-1}").body()
                .contains("The number of days is a whole number from 0 (never forget) to 3650."));
        PreviewClient german = new PreviewClient(server.baseUrl()).actAs("admin", "de").secureAdminSession();
        assertTrue(german.send("PUT", RETENTION, "application/json", "{\"seenByDays\":0}").body()
                .contains("Die Zahl der Tage ist eine ganze Zahl von 1 bis 3650."));
        assertEquals(defaults.body(), admin.get(RETENTION).body(), "nothing of a refused request was saved");

        PreviewClient.Response saved = admin.send("PUT", RETENTION, "application/json", "{\"seenByDays\":30,\"giverLinkDays\":180}");
        try {
            assertEquals(200, saved.statusCode(), saved.body());
            assertEquals("{\"seenByDays\":30,\"pairingMonths\":12,\"noticeMonths\":12,\"giverLinkDays\":180}", saved.body());
            assertEquals(saved.body().replace("}", ",\"locked\":[]}"), admin.get(RETENTION).body());

            String html = admin.get(PAGE).body();
            assertTrue(html.contains("id=\"outloud-retention-form\""), html);
            for (String sentence : List.of("What is kept, and for how long",
                    "Who saw a block is kept this many days (1 to 3650). After that only the number of views per day stays, without names",
                    "Who was paired with whom, and whether they met, is kept this many months (1 to 120).",
                    "Each person&#39;s notices, read or not, are kept this many months (1 to 120).",
                    "not even a site admin can find out who it was.")) {
                assertTrue(html.contains(sentence), sentence + " in " + html);
            }
            assertTrue(html.contains("/download/resources/io.outloud.confluence:settings-admin-resources/retention.js"), "its script");
        } finally {
            admin.send("PUT", RETENTION, "application/json", "{\"seenByDays\":90,\"giverLinkDays\":0}");
        }
    }

    @Test
    void theRetentionRun_forgetsWhoSawABlockLongAgo_andTheBlockStillSaysHowManySawIt() throws Exception {
        String macroId = welcomeBlocks.get(3);
        SeenStore views = server.hosts().plugin().bean(SeenStore.class);
        Instant longAgo = Instant.now().minus(Duration.ofDays(200));
        for (int i = 0; i < 6; i++) {
            views.record(welcomeId, macroId, "8a7f80f4-retired-" + i, "Department " + i, LocalDate.ofInstant(longAgo, ZoneOffset.UTC),
                    longAgo.plusSeconds(i));
        }
        String line = "Seen by 6 colleagues in 6 departments";
        String before = as("alice").get("/pages/viewpage.action?pageId=" + welcomeId).body();
        assertTrue(before.contains(line), before);

        assertTrue(server.hosts().plugin().bean(RetentionService.class).apply() >= 12, "six daily views folded, six viewers forgotten");

        assertTrue(as("alice").get("/pages/viewpage.action?pageId=" + welcomeId).body().contains(line), "after: the same line");
        List<SeenViewer> left = views.viewers(welcomeId, macroId, null, 10);
        assertEquals(6, left.size());
        assertFalse(left.stream().anyMatch(viewer -> viewer.userKey().contains("retired")), "nobody is named any more: " + left);
    }
}
