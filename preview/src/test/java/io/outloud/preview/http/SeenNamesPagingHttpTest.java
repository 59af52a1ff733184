package io.outloud.preview.http;

import io.outloud.common.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seen-by names a block's author may see come a page at a time over real HTTP (20 by default, at most 50): walking
 * {@code next} names everyone once, latest first, and never a person who chose not to be named nor anyone for another
 * reader.
 */
class SeenNamesPagingHttpTest extends ThoughtHttpSupport {
    private static final int VIEWERS = 55;
    private static final int HIDDEN = 7;

    @Test
    void names_walkedPageByPage_areEveryoneOnce_latestFirst_withinTheDefaultAndMaximumLimits() throws Exception {
        long pageId = savePage("Paged seen-by", "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"paged-seen\">"
                + "<ac:parameter ac:name=\"working-on\">Seen by many</ac:parameter>"
                + "<ac:rich-text-body><p>Look</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-eva");
        String path = "/rest/outloud/1.0/blocks/" + pageId + "/paged-seen/seen";
        List<String> expected = new ArrayList<>();
        for (String username : BlockLoadRun.benchUsers(server, VIEWERS)) {
            PreviewClient viewer = as(username);
            PreviewClient.Response seen = viewer.post(path, "application/json", "{}");
            assertEquals(200, seen.statusCode(), username + ": " + seen.body());
            if (username.equals("bench" + HIDDEN)) {
                assertEquals(200, viewer.send("PUT", "/rest/outloud/1.0/me/preferences", "application/json", "{\"hideMyName\":true}").statusCode());
            } else {
                expected.add(0, "Bench User " + username.substring("bench".length()));
            }
        }
        PreviewClient admin = as("admin").secureAdminSession();
        assertEquals(200, admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"namesToAuthors\":true}").statusCode());
        try {
            PreviewClient eva = as("eva");
            for (int limit : new int[] {1, 7, 20, 50}) {
                List<String> walked = PagedListsHttpTest.walk(eva, path, "names", limit).stream().map(p -> (String) p.get("name")).toList();
                assertEquals(walked.size(), new HashSet<>(walked).size(), "a name came twice: " + walked);
                assertEquals(expected, walked, "pages of " + limit);
            }

            Map<String, Object> byDefault = JsonReader.readObject(eva.get(path).body());
            assertEquals(20, ((List<?>) byDefault.get("names")).size(), "20 by default");
            assertNotNull(byDefault.get("next"));
            assertEquals(55L, byDefault.get("viewers"), "everyone is counted on every page");
            Map<String, Object> asked = JsonReader.readObject(eva.get(path + "?limit=1000").body());
            assertEquals(49, ((List<?>) asked.get("names")).size(), "50 read at most, less the one who is not named");
            assertNotNull(asked.get("next"));

            assertEquals(400, eva.get(path + "?cursor=not-a-cursor").statusCode());
            PreviewClient.Response other = as("alice").get(path + "?cursor=" + byDefault.get("next"));
            assertEquals(403, other.statusCode(), "a cursor opens no names to anyone but the author: " + other.body());
            assertFalse(other.body().contains("Bench User"), other.body());

            assertEquals(200, admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"namesToAuthors\":false}").statusCode());
            PreviewClient.Response off = eva.get(path + "?cursor=" + byDefault.get("next"));
            assertEquals(200, off.statusCode(), off.body());
            assertTrue(off.body().contains("\"names\":[]") && off.body().contains("\"next\":null"), "names off, no page follows: " + off.body());
        } finally {
            admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", "{\"namesToAuthors\":false}");
        }
    }
}
