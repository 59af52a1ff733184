package io.outloud.preview.http;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.demo.DemoThoughts;
import io.outloud.preview.host.PageRepository;
import io.outloud.thought.StorageThoughts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.outloud.preview.xss.XssPayloads.xmlText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the half-finished thought HTTP tests share: the demo page "Half-finished thoughts" with Eva's seed, Chloé's
 * growing and Farid's ripe thought, the page listing one's open thoughts, pages of thoughts saved as the editor saves
 * them (the page event registers each thought with the saver as its author), and the paths of the thoughts' REST.
 */
abstract class ThoughtHttpSupport extends DemoPreviewHttpTest {
    static final List<String> EVERYONE = List.of("admin", "alice", "bruno", "chloe", "dirk", "eva", "farid");
    static final String REST = "/rest/outloud/1.0/thoughts";
    static final String MINE = REST + "/mine";
    static final String MINE_PAGE = "/plugins/servlet/outloud/thoughts";
    static final String SEED_QUESTION = "Would a four-day week work for the support team?";
    static final String GROWING_QUESTION = "What should a finance glossary for engineers leave out?";
    static final String RIPE_QUESTION = "How do we onboard data scientists faster?";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern PAGE_ID = Pattern.compile("pageId=(\\d+)");

    static long thoughtsId;
    static long minePageId;
    /** The macro ids of the demo thoughts: Eva's seed, Chloé's growing, Farid's ripe one. */
    static String seed;
    static String growing;
    static String ripe;

    @BeforeAll
    static void findDemoThoughts() {
        PageRepository pages = server.hosts().pages();
        thoughtsId = pages.findByTitle(DemoContent.TEAM, DemoThoughts.THOUGHTS).orElseThrow().id();
        minePageId = pages.findByTitle(DemoContent.TEAM, DemoThoughts.MINE).orElseThrow().id();
        List<String> ids = List.copyOf(StorageThoughts.find(pages.find(thoughtsId).orElseThrow().body()).keySet());
        assertEquals(3, ids.size(), "the demo page's thoughts");
        seed = ids.get(0);
        growing = ids.get(1);
        ripe = ids.get(2);
    }

    static String feedbackPath(long pageId, String macroId) {
        return REST + "/" + pageId + "/" + macroId + "/feedback";
    }

    static String stagePath(long pageId, String macroId) {
        return REST + "/" + pageId + "/" + macroId + "/stage";
    }

    static PreviewClient anonymous() {
        return new PreviewClient(server.baseUrl());
    }

    /** Gives feedback; the text goes as a JSON string. */
    static PreviewClient.Response give(PreviewClient client, long pageId, String macroId, String kind, String text, boolean unnamed)
            throws Exception {
        return client.postJson(feedbackPath(pageId, macroId), "{\"kind\":\"" + kind + "\",\"text\":" + PreviewClient.json(text) + ",\"unnamed\":" + unnamed + "}");
    }

    /** The id of the feedback a 201 answered with. */
    static long created(PreviewClient.Response response) {
        assertEquals(201, response.statusCode(), response.body());
        return firstId(response.body());
    }

    static long firstId(String json) {
        Matcher id = ID.matcher(json);
        assertTrue(id.find(), json);
        return Long.parseLong(id.group(1));
    }

    /** A thought macro with this id, these parameters (name, value, ...) and body (XHTML), values XML-escaped. */
    static String thought(String macroId, String bodyXhtml, String... parameters) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"half-finished-thought\" ac:schema-version=\"1\" ac:macro-id=\"")
                .append(macroId).append("\">");
        for (int i = 0; i < parameters.length; i += 2) {
            storage.append("<ac:parameter ac:name=\"").append(parameters[i]).append("\">").append(xmlText(parameters[i + 1]))
                    .append("</ac:parameter>");
        }
        return storage.append("<ac:rich-text-body>").append(bodyXhtml).append("</ac:rich-text-body></ac:structured-macro>").toString();
    }

    /** Saves a new page in the team space as its author would: stored, then the host's page event (which registers its thoughts). */
    static long savePage(String title, String storage, String authorKey) {
        return savePage(DemoContent.TEAM, title, storage, authorKey);
    }

    static long savePage(String spaceKey, String title, String storage, String authorKey) {
        PageRepository pages = server.hosts().pages();
        long id = pages.create(spaceKey, title, storage, authorKey);
        server.hosts().events().publish(new PageCreateEvent(ThoughtHttpSupport.class, pages.asConfluencePage(id).orElseThrow()));
        return id;
    }

    /** Saves the page through the editor's form (which publishes the page event), as this person. */
    static void editPage(PreviewClient client, long pageId, String storage) throws Exception {
        String title = server.hosts().pages().find(pageId).orElseThrow().title();
        PreviewClient.Response saved = client.postForm("/pages/editpage.action?pageId=" + pageId, "atl_token=" + client.formToken()
                + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&body=" + URLEncoder.encode(storage, StandardCharsets.UTF_8));
        assertEquals(302, saved.statusCode(), saved.body());
    }

    /** Creates a page through the editor's form as this person; its id. */
    static long createPage(PreviewClient client, String spaceKey, String title, String storage) throws Exception {
        PreviewClient.Response created = client.postForm("/pages/createpage.action", "spaceKey=" + spaceKey + "&atl_token=" + client.formToken()
                + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&body=" + URLEncoder.encode(storage, StandardCharsets.UTF_8));
        assertEquals(302, created.statusCode(), created.body());
        Matcher id = PAGE_ID.matcher(created.header("Location").orElseThrow());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    static String view(PreviewClient client, long pageId) throws Exception {
        PreviewClient.Response page = client.get("/pages/viewpage.action?pageId=" + pageId);
        assertEquals(200, page.statusCode(), "page " + pageId);
        return page.body();
    }

    /** The page's content area, without the preview's header (whose switcher names every demo person). */
    static String mainContent(String html) {
        Element main = Jsoup.parse(html).getElementById("main-content");
        assertNotNull(main, html);
        return main.outerHtml();
    }

    /** The section a thought renders as, by macro id. */
    static Element section(String html, String macroId) {
        Element section = Jsoup.parse(html).selectFirst("section[data-outloud-macro=half-finished-thought][data-macro-id=\"" + macroId + "\"]");
        assertNotNull(section, "thought " + macroId + " rendered: " + html);
        return section;
    }

    static List<String> stages(String html) {
        List<String> stages = new ArrayList<>();
        for (Element section : Jsoup.parse(html).select("section[data-outloud-macro=half-finished-thought]")) {
            stages.add(section.attr("data-stage"));
        }
        return stages;
    }

    /** How many mails in this person's outbox have exactly this subject (as the outbox escapes it). */
    static int mailsWithSubject(PreviewClient client, String subject) throws Exception {
        int count = 0;
        for (Element h2 : Jsoup.parse(client.get("/outbox").body()).select(".outloud-outbox-mail .outloud-outbox-subject")) {
            if (h2.text().equals(subject)) {
                count++;
            }
        }
        return count;
    }

    static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
