package io.outloud.preview.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site admins' settings page (UPM's "Configure"), a plugin servlet: for system admins only (the servlet's access
 * annotation and its own check), decorated as an admin page, showing the settings as they are stored.
 */
class SettingsPageHttpTest extends DemoPreviewHttpTest {
    private static final String PAGE = "/plugins/servlet/outloud/admin";

    @Test
    void onlySystemAdmins_openIt_andItShowsTheStoredSettings() throws Exception {
        assertEquals(401, new PreviewClient(server.baseUrl()).get(PAGE).statusCode());
        PreviewClient.Response eva = as("eva").get(PAGE); // a space admin, not a site admin
        assertEquals(403, eva.statusCode());
        assertFalse(eva.body().contains("outloud-settings-form"));
        PreviewClient.Response notSecure = as("admin").get(PAGE);
        assertEquals(302, notSecure.statusCode(), "first the secure administrator session");
        assertTrue(notSecure.header("Location").orElseThrow().endsWith("/authenticate.action?destination=%2Fplugins%2Fservlet%2Foutloud%2Fadmin"),
                notSecure.header("Location").orElseThrow());
        assertEquals(403, as("eva").get("/authenticate.action").statusCode(), "only site admins get one");

        PreviewClient admin = as("admin").secureAdminSession();
        assertEquals(200, admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json",
                "{\"namesToAuthors\":true,\"minGroupSize\":7,\"reactorNames\":\"nobody\"}").statusCode());
        try {
            PreviewClient.Response page = admin.get(PAGE);
            assertEquals(200, page.statusCode(), page.body());
            String html = page.body();
            assertTrue(html.contains("<title>Out Loud settings - Out Loud preview</title>"), "decorated: " + html);
            assertTrue(html.contains("id=\"outloud-names-to-authors\" name=\"namesToAuthors\" checked"), html);
            assertTrue(html.contains("value=\"7\""), html);
            assertTrue(html.contains("<option value=\"nobody\" selected>Nobody (counts only)</option>"), html);
            assertTrue(html.contains("/download/resources/io.outloud.confluence:settings-admin-resources/admin.js"), "its script: " + html);
            assertEquals(1, html.split("<html", -1).length - 1, "one document, not a page inside a page");
            assertTrue(admin.get("/").body().contains("href=\"/plugins/servlet/outloud/admin\""), "reachable from the home page");
        } finally {
            admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json",
                    "{\"namesToAuthors\":false,\"minGroupSize\":5,\"reactorNames\":\"author\"}");
        }
    }

    @Test
    void eachSignedInPerson_opensTheirPreferences_withTheirOwnChoice() throws Exception {
        assertEquals(401, new PreviewClient(server.baseUrl()).get("/plugins/servlet/outloud/me").statusCode());
        PreviewClient farid = as("farid");
        assertEquals(200, farid.send("PUT", "/rest/outloud/1.0/me/preferences", "application/json", "{\"hideMyName\":true}").statusCode());
        try {
            String page = farid.get("/plugins/servlet/outloud/me").body();
            assertTrue(page.contains("<title>My Out Loud preferences - Out Loud preview</title>"), page);
            assertTrue(page.contains("id=\"outloud-hide-my-name\" name=\"hideMyName\" checked"), page);
            assertFalse(as("bruno").get("/plugins/servlet/outloud/me").body().contains("name=\"hideMyName\" checked"), "each their own");
        } finally {
            farid.send("PUT", "/rest/outloud/1.0/me/preferences", "application/json", "{\"hideMyName\":false}");
        }
    }
}
