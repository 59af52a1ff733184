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
 * A notice over real HTTP, both ways it arrives: the mail through Confluence's "mail" queue (a Task of the app's own
 * that sends the item) into the preview's outbox, and the app's own notification list under the REST module's access
 * and XSRF rules, grouped, counted, marked read, a person's own only, and its page with every value escaped.
 */
class NotificationsHttpTest extends DemoPreviewHttpTest {
    private static final String LIST = "/rest/outloud/1.0/notifications";
    private static final String PAGE = "/plugins/servlet/outloud/notifications";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern UNREAD = Pattern.compile("\"unread\":(\\d+)");

    @Test
    void aReply_reachesTheOutboxByMail_andTheAuthorsOwnList_groupedPerBlock_untilMarkedRead() throws Exception {
        PreviewClient chloe = as("chloe");
        String block = welcomeBlocks.get(1); // Chloé's
        String replies = "/rest/outloud/1.0/blocks/" + welcomeId + "/" + block + "/replies";
        int mails = outboxCount(chloe);
        chloe.postJson(LIST + "/read-all", "");
        assertEquals(0, unread(chloe));

        assertEquals(201, as("bruno").postJson(replies, "{\"text\":\"IN-APP <i>reply</i>\"}").statusCode());

        assertEquals(mails + 1, outboxCount(chloe), "the mail went through the mail queue's task into the outbox");
        assertTrue(chloe.get("/outbox").body().contains("Bruno Dubois replied to your block on"), "the mail's subject");
        assertEquals(1, unread(chloe));
        String list = chloe.get(LIST).body();
        assertTrue(list.contains("\"title\":\"Bruno Dubois replied to your block on"), list);
        assertTrue(list.contains("\"kind\":\"reply\""), list);
        assertTrue(list.contains("\"path\":\"/pages/viewpage.action?pageId=" + welcomeId + "#outloud-block-" + block + "\""), list);
        assertTrue(list.contains("\"count\":1"), list);

        assertEquals(201, as("alice").postJson(replies, "{\"text\":\"SECOND reply\"}").statusCode());
        list = chloe.get(LIST).body();
        assertEquals(1, unread(chloe), "two notices about one block are one entry");
        assertTrue(list.indexOf("SECOND reply") < list.indexOf("IN-APP") || !list.contains("IN-APP"), "the newest text stands for the group");
        assertTrue(list.contains("\"count\":2"), list);

        String page = chloe.get(PAGE).body();
        assertTrue(page.contains("SECOND reply"), page);
        assertTrue(page.contains("outloud-notice-unread"), page);
        assertTrue(chloe.get("/").body().contains("id=\"notices-link\""), "the header links to the list");
        assertTrue(chloe.get("/").body().contains("Notifications, 1 unread"), "with the unread count");

        long entry = firstId(list);
        assertEquals(404, as("dirk").postJson(LIST + "/" + entry + "/read", "").statusCode(), "nobody marks anyone else's entry");
        assertFalse(as("dirk").get(LIST).body().contains("SECOND reply"), "nor reads it");
        PreviewClient.Response read = chloe.postJson(LIST + "/" + entry + "/read", "");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(0, unread(chloe));
        assertTrue(chloe.get(LIST).body().contains("\"unread\":false"));
    }

    @Test
    void signedInOnly_xsrfRules_paging_andEveryValueEscapedOnThePage() throws Exception {
        PreviewClient anonymous = new PreviewClient(server.baseUrl());
        assertEquals(401, anonymous.get(LIST).statusCode());
        assertEquals(401, anonymous.get(LIST + "/count").statusCode());
        assertEquals(401, anonymous.postJson(LIST + "/read-all", "").statusCode());
        assertEquals(401, anonymous.get(PAGE).statusCode());

        PreviewClient eva = as("eva");
        assertEquals(403, eva.post(LIST + "/read-all", "text/plain", "").statusCode(), "XSRF rules");
        assertEquals(403, eva.post(LIST + "/read-all", "application/x-www-form-urlencoded", "x=1").statusCode(), "XSRF rules");
        assertEquals(400, eva.get(LIST + "?cursor=nonsense").statusCode());

        // Eva's own blocks: three replies on three blocks make three entries.
        List<String> evaBlocks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long pageId = server.hosts().pages().create("TEAM", "Eva notes " + i + " <b>&</b>",
                    "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"eva-notes-" + i + "\"><ac:parameter ac:name=\"workingOn\">x</ac:parameter>"
                            + "<ac:rich-text-body><p>y</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-eva");
            server.hosts().events().publish(new com.atlassian.confluence.event.events.content.page.PageCreateEvent(NotificationsHttpTest.class,
                    server.hosts().pages().asConfluencePage(pageId).orElseThrow()));
            String macroId = "eva-notes-" + i;
            assertEquals(201, as("farid").postJson("/rest/outloud/1.0/blocks/" + pageId + "/" + macroId + "/replies",
                    "{\"text\":\"<script>alert(" + i + ")</script>\"}").statusCode());
            evaBlocks.add(macroId);
        }
        String first = eva.get(LIST + "?limit=2").body();
        assertEquals(2, ids(first, ID).size(), first);
        Matcher next = Pattern.compile("\"next\":\"(\\d+)\"").matcher(first);
        assertTrue(next.find(), first);
        String second = eva.get(LIST + "?limit=2&cursor=" + next.group(1)).body();
        assertTrue(ids(second, ID).size() >= 1, second);
        assertFalse(ids(second, ID).stream().anyMatch(ids(first, ID)::contains), "no entry twice: " + second);

        String page = eva.get(PAGE).body();
        assertTrue(page.contains("&lt;script&gt;alert(0)&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>alert("), "never markup");
        assertTrue(page.contains("Eva notes 2 &lt;b&gt;&amp;&lt;/b&gt;"), "the page title in the entry's title, escaped");
        assertEquals(200, eva.postJson(LIST + "/read-all", "").statusCode());
        assertEquals(0, unread(eva));
    }

    private static int unread(PreviewClient client) throws Exception {
        PreviewClient.Response response = client.get(LIST + "/count");
        assertEquals(200, response.statusCode(), response.body());
        Matcher matcher = UNREAD.matcher(response.body());
        assertTrue(matcher.find(), response.body());
        return Integer.parseInt(matcher.group(1));
    }

    private static long firstId(String json) {
        return ids(json, ID).get(0);
    }

    private static List<Long> ids(String json, Pattern pattern) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = pattern.matcher(json);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }
}
