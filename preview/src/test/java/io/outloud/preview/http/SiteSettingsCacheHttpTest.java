package io.outloud.preview.http;

import io.outloud.preview.web.RequestFilter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The site settings come from a cluster-wide cache: a page render reads none of them from the database, yet an
 * admin's change shows on the next render (the write removes the entry it changed).
 */
class SiteSettingsCacheHttpTest extends DemoPreviewHttpTest {
    private static final String WHO_REACTED = "outloud-reactions-who-toggle";
    private static final String SETTINGS = "/rest/outloud/1.0/admin/settings";

    @Test
    void anAdminsChange_showsOnTheNextRender_whileRendersReadNoSettings() throws Exception {
        PreviewClient chloe = as("chloe");
        PreviewClient admin = as("admin").secureAdminSession();
        String page = "/pages/viewpage.action?pageId=" + welcomeId;
        assertEquals(200, admin.send("PUT", SETTINGS, "application/json", "{\"reactorNames\":\"nobody\"}").statusCode());
        assertEquals(0, count(chloe.get(page).body(), WHO_REACTED));
        PreviewClient.Response cached = chloe.get(page);
        assertEquals(0, count(cached.body(), WHO_REACTED));
        long statements = Long.parseLong(cached.header(RequestFilter.APP_SQL_HEADER).orElseThrow());

        assertEquals(200, admin.send("PUT", SETTINGS, "application/json", "{\"reactorNames\":\"everyone\"}").statusCode());
        PreviewClient.Response changed = chloe.get(page); // the write's own answer loaded the new settings into the cache
        assertEquals(welcomeBlocks.size(), count(changed.body(), WHO_REACTED), "every block offers who reacted now");
        assertEquals(statements, Long.parseLong(changed.header(RequestFilter.APP_SQL_HEADER).orElseThrow()), "from the cache again");

        assertEquals(200, admin.send("PUT", SETTINGS, "application/json", "{\"reactorNames\":\"nobody\"}").statusCode());
        assertEquals(0, count(chloe.get(page).body(), WHO_REACTED), "and back");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
