package io.outloud.preview.http;

import io.outloud.common.json.JsonReader;
import io.outloud.wol.ReactionKind;
import io.outloud.wol.ReactionStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who reacted comes a page at a time over real HTTP: the first answer holds each kind's first page (20 by default, at
 * most 50) and its {@code next}; asking for that kind with the cursor walks the rest, each name once, oldest first,
 * never one who chose not to be named, and never any name for a reader the site's rule keeps from names.
 */
class WhoReactedPagingHttpTest extends ThoughtHttpSupport {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final int REACTORS = 55;
    private static final int HIDDEN = 30;

    @Test
    void names_walkedPageByPage_areEachReactorOnce_oldestFirst_withinTheDefaultAndMaximumLimits() throws Exception {
        long pageId = savePage("Paged reactions", "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"paged-reactions\">"
                + "<ac:parameter ac:name=\"working-on\">Liked by many</ac:parameter>"
                + "<ac:rich-text-body><p>Look</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-eva");
        assertEquals(200, as("eva").get("/pages/viewpage.action?pageId=" + pageId).statusCode());
        String path = "/rest/outloud/1.0/blocks/" + pageId + "/paged-reactions/reactions/people";
        ReactionStore reactions = server.hosts().plugin().bean(ReactionStore.class);
        List<String> usernames = BlockLoadRun.benchUsers(server, REACTORS);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < REACTORS; i++) {
            reactions.toggle(pageId, "paged-reactions", "bench-key-" + i, ReactionKind.LEARNED, T0.plusSeconds(i / 4));
            if (i != HIDDEN) {
                expected.add("Bench User " + i);
            }
        }
        reactions.toggle(pageId, "paged-reactions", "bench-key-0", ReactionKind.THANKS, T0);
        assertEquals(200, as(usernames.get(HIDDEN)).send("PUT", "/rest/outloud/1.0/me/preferences", "application/json",
                "{\"hideMyName\":true}").statusCode());
        PreviewClient eva = as("eva");

        Map<String, Object> first = JsonReader.readObject(eva.get(path).body());
        Map<String, Object> learned = group(first, "learned");
        assertEquals(20, ((List<?>) learned.get("people")).size(), "20 by default");
        assertEquals(55L, learned.get("count"));
        assertEquals(1L, learned.get("others"), "the one who chose not to be named");
        assertNotNull(learned.get("next"));
        assertNull(group(first, "thanks").get("next"), "one thanks fits one page");
        assertEquals(49, ((List<?>) group(JsonReader.readObject(eva.get(path + "?limit=1000").body()), "learned").get("people")).size(),
                "50 read at most, less the one who is not named");

        for (int limit : new int[] {1, 7, 20, 50}) {
            Map<String, Object> firstPage = group(JsonReader.readObject(eva.get(path + "?limit=" + limit).body()), "learned");
            List<String> walked = new ArrayList<>(names(firstPage));
            String cursor = (String) firstPage.get("next");
            while (cursor != null) {
                PreviewClient.Response response = eva.get(path + "?kind=learned&limit=" + limit + "&cursor=" + cursor);
                assertEquals(200, response.statusCode(), response.body());
                Map<String, Object> body = JsonReader.readObject(response.body());
                assertEquals(1, ((List<?>) body.get("groups")).size(), "only the kind asked for");
                Map<String, Object> page = group(body, "learned");
                assertTrue(names(page).size() <= limit);
                walked.addAll(names(page));
                cursor = (String) page.get("next");
            }
            assertEquals(walked.size(), new HashSet<>(walked).size(), "a name came twice: " + walked);
            assertEquals(expected, walked, "pages of " + limit);
        }

        String next = (String) learned.get("next");
        assertEquals(400, eva.get(path + "?kind=learned&cursor=not-a-cursor").statusCode());
        assertEquals(400, eva.get(path + "?kind=nonsense&cursor=" + next).statusCode());
        PreviewClient.Response other = as("alice").get(path + "?kind=learned&cursor=" + next);
        assertEquals(200, other.statusCode(), other.body());
        assertFalse(other.body().contains("Bench User"), "by default only the author sees names, cursor or not: " + other.body());
        assertTrue(other.body().contains("\"next\":null"), other.body());
    }

    private static Map<String, Object> group(Map<String, Object> answer, String kind) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) answer.get("groups");
        return groups.stream().filter(g -> kind.equals(g.get("kind"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> group) {
        return ((List<Map<String, Object>>) group.get("people")).stream().map(p -> (String) p.get("name")).toList();
    }
}
