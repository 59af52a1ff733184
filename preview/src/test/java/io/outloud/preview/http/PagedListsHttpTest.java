package io.outloud.preview.http;

import io.outloud.common.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every list a request returns comes a page at a time, over real HTTP: a client that follows {@code next} until it is
 * null gets every item exactly once, in order, and no page is longer than its limit (nor than 50, whatever is asked).
 */
class PagedListsHttpTest extends ThoughtHttpSupport {
    private static final List<String> OTHERS = List.of("admin", "alice", "bruno", "chloe", "dirk", "farid");

    /** Follows {@code next} from the first page; every page's items, in order. */
    static List<Map<String, Object>> walk(PreviewClient client, String path, String field, int limit) throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 100; pages++) {
            String url = path + (path.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            PreviewClient.Response response = client.get(url);
            assertEquals(200, response.statusCode(), url + ": " + response.body());
            Map<String, Object> body = JsonReader.readObject(response.body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) body.get(field);
            assertTrue(items.size() <= limit, "a page of " + limit + " held " + items.size());
            all.addAll(items);
            cursor = (String) body.get("next");
            if (cursor == null) {
                return all;
            }
        }
        throw new AssertionError("the pages of " + path + " never end");
    }

    private static List<Long> ids(List<Map<String, Object>> items, String field) {
        return items.stream().map(item -> ((Number) item.get(field)).longValue()).toList();
    }

    private static void eachOnce(List<Long> walked) {
        assertEquals(walked.size(), new HashSet<>(walked).size(), "an item came twice: " + walked);
    }

    @Test
    void feedbackOnAThought_walkedPageByPage_isEveryPieceOnce_oldestFirst() throws Exception {
        long pageId = savePage("Paged feedback", thought("paged-feedback", "<p>Many answers</p>", "question", "What do you think?"),
                "8a7f80a1-eva");
        List<Long> given = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String person : OTHERS) {
                given.add(created(give(as(person), pageId, "paged-feedback", "go-on", person + " " + round, false)));
            }
        }
        String path = feedbackPath(pageId, "paged-feedback");

        for (int limit : new int[] {1, 5, 12, 50}) {
            List<Long> walked = ids(walk(as("eva"), path, "items", limit), "id");
            eachOnce(walked);
            assertEquals(given, walked, "the author, pages of " + limit);
        }
        assertEquals(given, ids(walk(anonymous(), path, "items", 5), "id"), "shown to everyone");
        Map<String, Object> first = JsonReader.readObject(as("eva").get(path + "?limit=5").body());
        assertEquals(12L, first.get("total"));
        assertEquals(5, ((List<?>) first.get("items")).size());
        assertEquals(400, as("eva").get(path + "?cursor=not-a-cursor").statusCode());
    }

    @Test
    void helpOffers_walkedPageByPage_byTheAuthor_areEveryOfferOnce_andOthersSeeTheirOwnOnly() throws Exception {
        long pageId = savePage("Paged help", "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"paged-help\">"
                + "<ac:parameter ac:name=\"status\">stuck</ac:parameter><ac:parameter ac:name=\"working-on\">Paging</ac:parameter>"
                + "<ac:rich-text-body><p>Help wanted</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-farid");
        String path = "/rest/outloud/1.0/blocks/" + pageId + "/paged-help/help";
        List<String> helpers = List.of("admin", "alice", "bruno", "chloe", "dirk", "eva");
        for (String helper : helpers) {
            PreviewClient.Response offered = as(helper).postJson(path, "{\"message\":\"from " + helper + "\"}");
            assertEquals(201, offered.statusCode(), offered.body());
        }

        for (int limit : new int[] {1, 2, 4, 50}) {
            List<Map<String, Object>> walked = walk(as("farid"), path, "offers", limit);
            eachOnce(ids(walked, "id"));
            assertEquals(helpers.stream().map(h -> "from " + h).toList(), walked.stream().map(o -> o.get("message")).toList(),
                    "pages of " + limit);
        }
        Map<String, Object> alice = JsonReader.readObject(as("alice").get(path + "?limit=1").body());
        assertEquals(1, ((List<?>) alice.get("offers")).size(), "her own");
        assertNull(alice.get("next"));
        assertEquals(6L, alice.get("openOffers"));
    }

    @Test
    void shareRequests_incomingAndOutgoing_walkedPageByPage_areEveryRequestOnce_newestFirst() throws Exception {
        long pageId = savePage("Paged requests", "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"paged-asks\">"
                + "<ac:parameter ac:name=\"working-on\">Asked often</ac:parameter>"
                + "<ac:rich-text-body><p>Ask me</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-dirk");
        PreviewClient chloe = as("chloe");
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            PreviewClient.Response response = chloe.postJson("/rest/outloud/1.0/share-requests",
                    "{\"pageId\":" + pageId + ",\"macroId\":\"paged-asks\",\"topic\":\"paged topic " + i + "\"}");
            assertEquals(201, response.statusCode(), response.body());
            asked.add(0, firstId(response.body()));
        }

        for (int limit : new int[] {1, 3, 50}) {
            List<Long> incoming = ids(walk(as("dirk"), "/rest/outloud/1.0/share-requests/incoming", "items", limit), "id");
            eachOnce(incoming);
            assertEquals(asked, incoming.stream().filter(asked::contains).toList(), "incoming, pages of " + limit);
            List<Long> outgoing = ids(walk(chloe, "/rest/outloud/1.0/share-requests/outgoing", "items", limit), "id");
            eachOnce(outgoing);
            assertEquals(asked, outgoing.stream().filter(asked::contains).toList(), "outgoing, pages of " + limit);
        }
        // what "Show more" builds an incoming request from: the markup of a block that answers it
        Map<String, Object> newest = walk(as("dirk"), "/rest/outloud/1.0/share-requests/incoming", "items", 1).get(0);
        assertEquals("{working-out-loud:answers=" + asked.get(0) + "}{working-out-loud}", newest.get("answerMarkup"));
    }

    @Test
    void myOpenThoughts_walkedPageByPage_areEveryThoughtOnce_oldestFirst() throws Exception {
        StringBuilder storage = new StringBuilder();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            storage.append(thought("paged-mine-" + i, "<p>Thought " + i + "</p>", "question", "Question " + i));
            mine.add("paged-mine-" + i);
        }
        savePage("Paged open thoughts", storage.toString(), "8a7f80a1-dirk");

        for (int limit : new int[] {1, 2, 50}) {
            List<String> walked = walk(as("dirk"), MINE, "thoughts", limit).stream().map(t -> (String) t.get("macroId")).toList();
            assertEquals(walked.size(), new HashSet<>(walked).size(), "a thought came twice: " + walked);
            assertEquals(mine, walked.stream().filter(mine::contains).toList(), "pages of " + limit);
        }
        Map<String, Object> oldest = walk(as("dirk"), MINE, "thoughts", 50).stream()
                .filter(t -> "paged-mine-0".equals(t.get("macroId"))).findFirst().orElseThrow();
        assertEquals("Seed", oldest.get("stageLabel"), "what \"Show more\" shows, in the reader's language");
        assertEquals(((String) oldest.get("createdAt")).substring(0, 10), oldest.get("date"));
        Map<String, Object> asked = JsonReader.readObject(as("dirk").get(MINE + "?limit=1000").body());
        assertTrue(((List<?>) asked.get("thoughts")).size() <= 50, "at most 50 a page, whatever is asked");
    }
}
