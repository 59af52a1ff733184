package io.outloud.preview.http;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replies over real HTTP: the REST resource with the REST module's access and XSRF rules, through Active Objects.
 * Each test uses its own block or its own replies, so the order of the tests does not matter.
 */
class RepliesHttpTest extends DemoPreviewHttpTest {
    private static final Pattern REPLY_ID = Pattern.compile("\"id\":(\\d+)");

    @Test
    void add_answers201WithSegments_andTheReplyIsListed() throws Exception {
        String path = repliesPath(welcomeId, welcomeBlocks.get(0));
        PreviewClient alice = as("alice");

        PreviewClient.Response added = alice.send("POST", path, "application/json",
                "{\"text\":\"Try https://example.com/guide. Ask @bruno <b>now</b>\"}");

        assertEquals(201, added.statusCode(), added.body());
        String body = added.body();
        assertTrue(body.contains("{\"type\":\"text\",\"text\":\"Try \"}"), body);
        assertTrue(body.contains("{\"type\":\"link\",\"text\":\"https://example.com/guide\",\"target\":\"https://example.com/guide\"}"), body);
        assertTrue(body.contains("{\"type\":\"mention\",\"text\":\"@bruno\",\"target\":\"bruno\"}"), body);
        assertTrue(body.contains("\"mine\":true"), body);
        assertTrue(body.contains("\"edited\":false"), body);
        assertTrue(body.contains("\"name\":\"Alice Janssens\""), body);
        assertFalse(body.contains("8a7f80a1-alice"), "no user key leaves");

        PreviewClient.Response listed = new PreviewClient(server.baseUrl()).get(path);
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains("\"id\":" + id(added)), listed.body());
        assertTrue(listed.body().contains("\"mine\":false"), "anonymous owns nothing: " + listed.body());
        assertTrue(listed.body().contains("\"more\":false"), listed.body());
    }

    @Test
    void list_pagesWithTheAfterCursor() throws Exception {
        String path = repliesPath(welcomeId, welcomeBlocks.get(3));
        PreviewClient bruno = as("bruno");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(id(bruno.send("POST", path, "application/json", "{\"text\":\"reply " + i + "\"}")));
        }
        PreviewClient.Response first = bruno.get(path + "?limit=3");
        assertTrue(first.body().contains("\"more\":true"), first.body());
        assertTrue(first.body().contains("\"next\":" + ids.get(2)), first.body());
        PreviewClient.Response rest = bruno.get(path + "?limit=3&after=" + ids.get(2));
        assertTrue(rest.body().contains("\"more\":false"), rest.body());
        assertEquals(List.of(ids.get(3), ids.get(4)), allIds(rest.body()));
        assertEquals(400, bruno.get(path + "?after=-1").statusCode());
    }

    @Test
    void add_refusesBadInputWith400() throws Exception {
        String path = repliesPath(welcomeId, welcomeBlocks.get(1));
        PreviewClient alice = as("alice");

        PreviewClient.Response blank = alice.send("POST", path, "application/json", "{\"text\":\"   \"}");
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("Write something"), blank.body());
        PreviewClient.Response tooLong = alice.send("POST", path, "application/json", "{\"text\":\"" + "x".repeat(2001) + "\"}");
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("at most 2,000 characters"), tooLong.body());
        assertEquals(201, alice.send("POST", path, "application/json", "{\"text\":\"" + "😀".repeat(2000) + "\"}").statusCode(),
                "2000 emoji are 2000 characters");
        assertEquals(400, alice.send("POST", path, "application/json", "not json").statusCode());
        assertEquals(400, alice.send("POST", path, "application/json", "{\"text\":").statusCode());
        assertEquals(400, alice.send("POST", path, "application/json", "[\"text\"]").statusCode());
        assertEquals(400, alice.send("POST", path, "application/json", "{\"text\":42}").statusCode());
        assertEquals(400, alice.send("POST", path, "application/json", "{}").statusCode());
    }

    @Test
    void add_anonymously_is401() throws Exception {
        String path = repliesPath(welcomeId, welcomeBlocks.get(1));
        assertEquals(401, new PreviewClient(server.baseUrl()).send("POST", path, "application/json", "{\"text\":\"hi\"}").statusCode());
        assertEquals(401, new PreviewClient(server.baseUrl()).send("DELETE", path + "/1", null, null, "X-Atlassian-Token", "no-check").statusCode());
    }

    @Test
    void editAndDelete_ofSomeoneElsesReply_is403_ownIs200And204() throws Exception {
        String path = repliesPath(welcomeId, welcomeBlocks.get(2));
        PreviewClient alice = as("alice");
        long replyId = id(alice.send("POST", path, "application/json", "{\"text\":\"alice's\"}"));

        PreviewClient bruno = as("bruno");
        PreviewClient.Response edit = bruno.send("PUT", path + "/" + replyId, "application/json", "{\"text\":\"hijacked\"}");
        assertEquals(403, edit.statusCode(), edit.body());
        assertTrue(edit.body().contains("your own replies"), edit.body());
        assertEquals(403, bruno.send("DELETE", path + "/" + replyId, null, null, "X-Atlassian-Token", "no-check").statusCode());

        PreviewClient.Response own = alice.send("PUT", path + "/" + replyId, "application/json", "{\"text\":\"alice's, edited\"}");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"edited\":true"), own.body());
        assertTrue(own.body().contains("\"text\":\"alice\\u0027s, edited\""), own.body());

        PreviewClient.Response deleted = alice.send("DELETE", path + "/" + replyId, null, null, "X-Atlassian-Token", "no-check");
        assertEquals(204, deleted.statusCode());
        assertEquals("", deleted.body());
        assertFalse(alice.get(path).body().contains("\"id\":" + replyId + ","));
        assertEquals(404, alice.send("DELETE", path + "/" + replyId, null, null, "X-Atlassian-Token", "no-check").statusCode(), "gone");
        assertEquals(404, alice.send("DELETE", path + "/" + (replyId + (1L << 32)), null, null, "X-Atlassian-Token", "no-check").statusCode());
    }

    @Test
    void aReplyIdOfAnotherBlock_isNotFound() throws Exception {
        PreviewClient alice = as("alice");
        long replyId = id(alice.send("POST", repliesPath(welcomeId, welcomeBlocks.get(0)), "application/json", "{\"text\":\"here\"}"));
        String elsewhere = repliesPath(welcomeId, welcomeBlocks.get(1)) + "/" + replyId;
        assertEquals(404, alice.send("PUT", elsewhere, "application/json", "{\"text\":\"moved\"}").statusCode());
        assertEquals(404, alice.send("DELETE", elsewhere, null, null, "X-Atlassian-Token", "no-check").statusCode());
    }

    @Test
    void repliesOnARestrictedPage_areNotFound_exactlyLikeAPageThatDoesNotExist() throws Exception {
        String macroId = ids(as("dirk").get("/pages/viewpage.action?pageId=" + restrictedId).body()).get(0);
        PreviewClient dirk = as("dirk");
        long replyId = id(dirk.send("POST", repliesPath(restrictedId, macroId), "application/json", "{\"text\":\"private\"}"));

        PreviewClient bruno = as("bruno");
        PreviewClient.Response restricted = bruno.get(repliesPath(restrictedId, macroId));
        PreviewClient.Response missing = bruno.get(repliesPath(987654321L, macroId));
        assertEquals(404, restricted.statusCode());
        assertEquals(missing.statusCode(), restricted.statusCode());
        assertEquals(missing.body(), restricted.body(), "nothing tells the two apart");
        assertFalse(restricted.body().contains("private"));

        PreviewClient.Response post = bruno.send("POST", repliesPath(restrictedId, macroId), "application/json", "{\"text\":\"hi\"}");
        PreviewClient.Response postMissing = bruno.send("POST", repliesPath(987654321L, macroId), "application/json", "{\"text\":\"hi\"}");
        assertEquals(404, post.statusCode());
        assertEquals(postMissing.body(), post.body());
        assertEquals(404, bruno.send("PUT", repliesPath(restrictedId, macroId) + "/" + replyId, "application/json", "{\"text\":\"x\"}").statusCode());
        assertEquals(404, bruno.send("DELETE", repliesPath(restrictedId, macroId) + "/" + replyId, null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(404, new PreviewClient(server.baseUrl()).get(repliesPath(restrictedId, macroId)).statusCode());
        assertTrue(dirk.get(repliesPath(restrictedId, macroId)).body().contains("private"));
    }

    @Test
    void xsrf_textPlainPostWithoutTheNoCheckHeader_is403() throws Exception {
        String path = repliesPath(welcomeId, welcomeBlocks.get(1));
        PreviewClient alice = as("alice");
        String body = "{\"text\":\"forged\"}";

        PreviewClient.Response plain = alice.send("POST", path, "text/plain", body);
        assertEquals(403, plain.statusCode());
        assertTrue(plain.body().contains("did not come from this site"), "the app refuses before the host: " + plain.body());
        assertEquals(403, alice.send("POST", path, "application/x-www-form-urlencoded", body).statusCode());
        assertFalse(alice.get(path).body().contains("forged"), "nothing saved");
        assertEquals(201, alice.send("POST", path, "text/plain", body, "X-Atlassian-Token", "no-check").statusCode());
    }

    private static String repliesPath(long pageId, String macroId) {
        return "/rest/outloud/1.0/blocks/" + pageId + "/" + macroId + "/replies";
    }

    private static long id(PreviewClient.Response response) {
        assertEquals(201, response.statusCode(), response.body());
        Matcher matcher = REPLY_ID.matcher(response.body());
        assertTrue(matcher.find(), response.body());
        return Long.parseLong(matcher.group(1));
    }

    private static List<Long> allIds(String body) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = REPLY_ID.matcher(body);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

}
