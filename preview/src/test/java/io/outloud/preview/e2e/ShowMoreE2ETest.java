package io.outloud.preview.e2e;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.host.PageRepository;
import io.outloud.preview.demo.DemoContent;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.FeedbackStore;
import io.outloud.thought.ThoughtLinks;
import io.outloud.wol.HelpStore;
import io.outloud.wol.ShareRequestStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long lists come a page at a time: the author of a thought with 25 pieces of feedback, and of a stuck block with 23
 * offers of help, sees the first 20 and a "Show more" button, reached and pressed with the keyboard, that adds the
 * rest once each and then goes away. Lists the server renders (requests to share, my open thoughts) show their first
 * 50 the same way.
 */
class ShowMoreE2ETest extends PreviewBrowserTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void eva_showsMoreFeedbackOnHerThought_withTheKeyboard(BrowserSession session) {
        long pageId = savePage("Much feedback", "<ac:structured-macro ac:name=\"half-finished-thought\" ac:schema-version=\"1\" "
                + "ac:macro-id=\"more-feedback\"><ac:parameter ac:name=\"question\">What do you all think?</ac:parameter>"
                + "<ac:rich-text-body><p>Many answers</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-eva");
        FeedbackStore feedback = server.hosts().plugin().bean(FeedbackStore.class);
        List<String> givers = List.of("8a7f80a1-alice", "8a7f80a1-bruno", "8a7f80a1-chloe", "8a7f80a1-dirk", "8a7f80a1-farid");
        for (int i = 0; i < 25; i++) {
            feedback.add(pageId, "more-feedback", givers.get(i % givers.size()), FeedbackKind.GO_ON, "piece " + i, false, T0.plusSeconds(i));
        }

        E2E.startAs(session, "eva");
        session.open(E2E.viewPath(pageId));
        String items = "[data-macro-id=\"more-feedback\"] .outloud-feedback .outloud-feedback-list > li.outloud-feedback-item";
        session.waitUntil(d -> d.findElements(By.cssSelector(items)).size() == 20);
        WebElement more = session.waitFor("[data-macro-id=\"more-feedback\"] .outloud-feedback .outloud-feedback-more");
        assertEquals("Show more feedback", more.getText().trim());
        session.assertNoSeriousViolations();

        more.sendKeys(Keys.ENTER);

        session.waitUntil(d -> d.findElements(By.cssSelector(items)).size() == 25);
        List<WebElement> shown = session.driver().findElements(By.cssSelector(items));
        assertEquals(25, new HashSet<>(shown.stream().map(e -> e.getAttribute("data-feedback-id")).toList()).size(), "each piece once");
        assertTrue(shown.get(0).getText().contains("piece 0") && shown.get(24).getText().contains("piece 24"), "oldest first");
        assertTrue(!more.isDisplayed(), "nothing more to show");
        assertEquals(shown.get(20), session.driver().switchTo().activeElement(), "the keyboard goes on at the first piece it brought");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
    }

    @Test
    void farid_showsMoreOffersOfHelpOnHisBlock_withTheKeyboard(BrowserSession session) {
        long pageId = savePage("Much help", "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"more-help\">"
                + "<ac:parameter ac:name=\"status\">stuck</ac:parameter><ac:parameter ac:name=\"working-on\">Everyone helps</ac:parameter>"
                + "<ac:rich-text-body><p>Help wanted</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-farid");
        HelpStore help = server.hosts().plugin().bean(HelpStore.class);
        List<String> helpers = List.of("8a7f80a1-alice", "8a7f80a1-bruno", "8a7f80a1-chloe", "8a7f80a1-dirk", "8a7f80a1-eva");
        for (int i = 0; i < 23; i++) {
            String helper = i < helpers.size() ? helpers.get(i) : "8a7f80a1-colleague-" + i;
            help.offer(pageId, "more-help", helper, "offer " + i, T0.plusSeconds(i)).orElseThrow();
        }

        E2E.startAs(session, "farid");
        session.open(E2E.viewPath(pageId));
        E2E.readyBlocks(session, 1);
        WebElement block = session.driver().findElement(By.cssSelector(E2E.BLOCK));
        assertEquals("23 offers of help.", block.findElement(By.cssSelector(".outloud-help-count")).getText().trim());
        block.findElement(By.cssSelector(".outloud-help-show")).sendKeys(Keys.ENTER);
        String offers = ".outloud-help-offers > li.outloud-help-offer";
        session.waitUntil(d -> block.findElements(By.cssSelector(offers)).size() == 20);
        WebElement more = block.findElement(By.cssSelector(".outloud-help-more"));
        session.waitUntil(d -> more.isDisplayed());
        assertEquals("Show more offers", more.getText().trim());
        session.assertNoSeriousViolations();

        more.sendKeys(Keys.ENTER);

        session.waitUntil(d -> block.findElements(By.cssSelector(offers)).size() == 23);
        List<String> messages = block.findElements(By.cssSelector(offers + " .outloud-help-offer-message")).stream().map(WebElement::getText).toList();
        assertEquals(23, new HashSet<>(messages).size(), "each offer once: " + messages);
        assertEquals("offer 0", messages.get(0));
        assertEquals("offer 22", messages.get(22));
        assertTrue(!more.isDisplayed(), "nothing more to show");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
    }

    @Test
    void bruno_showsMoreRequestsToShare_askedOfHimAndByHim_withTheKeyboard(BrowserSession session) {
        long pageId = savePage("Asked often", "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" "
                + "ac:macro-id=\"more-asks\"><ac:parameter ac:name=\"working-on\">Asked often</ac:parameter>"
                + "<ac:rich-text-body><p>Ask me</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-bruno");
        ShareRequestStore store = server.hosts().plugin().bean(ShareRequestStore.class);
        Set<String> incoming = new HashSet<>();
        Set<String> outgoing = new HashSet<>();
        for (int i = 0; i < 55; i++) {
            incoming.add(String.valueOf(store.create("8a7f80a1-chloe", "8a7f80a1-bruno", "to bruno " + i, pageId, "more-asks",
                    T0.plusSeconds(i)).orElseThrow().id()));
            outgoing.add(String.valueOf(store.create("8a7f80a1-bruno", "8a7f80a1-dirk", "from bruno " + i, pageId, "more-asks",
                    T0.plusSeconds(i)).orElseThrow().id()));
        }

        E2E.startAs(session, "bruno");
        session.open(E2E.viewPath(E2E.pageId(server, DemoContent.TEAM, DemoContent.REQUESTS)));
        WebElement section = session.waitFor("section[data-outloud-macro=\"working-out-loud-requests\"][data-outloud-ready=\"true\"]");
        showsTheRest(session, section, ".outloud-requests-incoming > li.outloud-request", "[data-list=\"incoming\"]",
                "Show more requests to you", "data-request-id", incoming);
        showsTheRest(session, section, ".outloud-requests-outgoing > li.outloud-request", "[data-list=\"outgoing\"]",
                "Show more of what you asked", "data-request-id", outgoing);

        // a request that came with "Show more" is answered and declined as one rendered by the server
        List<WebElement> shownIncoming = section.findElements(By.cssSelector(".outloud-requests-incoming > li.outloud-request"));
        WebElement last = shownIncoming.get(shownIncoming.size() - 1);
        assertEquals("#" + last.getAttribute("data-request-id") + " to bruno 0", last.findElement(By.cssSelector(".outloud-request-topic")).getText());
        last.findElement(By.cssSelector(".outloud-request-answer")).sendKeys(Keys.ENTER);
        session.waitUntil(d -> last.findElement(By.cssSelector(".outloud-request-markup")).isDisplayed());
        assertEquals("{working-out-loud:answers=" + last.getAttribute("data-request-id") + "}{working-out-loud}",
                last.findElement(By.cssSelector(".outloud-request-markup")).getAttribute("value"));
        last.findElement(By.cssSelector(".outloud-request-decline")).sendKeys(Keys.ENTER);
        session.waitUntil(d -> last.getAttribute("class").contains("outloud-request-declined"));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
    }

    @Test
    void alice_showsMoreOfHerOpenThoughts_onHerPageAndInTheMacro_withTheKeyboard(BrowserSession session) {
        StringBuilder storage = new StringBuilder();
        Set<String> questions = new HashSet<>();
        for (int i = 0; i < 55; i++) {
            storage.append("<ac:structured-macro ac:name=\"half-finished-thought\" ac:schema-version=\"1\" ac:macro-id=\"more-mine-")
                    .append(i).append("\"><ac:parameter ac:name=\"question\">Open question ").append(i)
                    .append("</ac:parameter><ac:rich-text-body><p>Thought</p></ac:rich-text-body></ac:structured-macro>");
            questions.add("Open question " + i);
        }
        savePage("Many open thoughts", storage.toString(), "8a7f80a1-alice");
        long macroPage = savePage("Alice's open thoughts",
                "<ac:structured-macro ac:name=\"half-finished-thoughts-mine\" ac:schema-version=\"1\"></ac:structured-macro>", "8a7f80a1-alice");
        String items = ".outloud-thoughts-mine-list > li.outloud-thoughts-mine-item";

        E2E.startAs(session, "alice");
        for (String path : List.of(ThoughtLinks.MINE_PATH, E2E.viewPath(macroPage))) {
            session.open(path);
            WebElement section = session.waitFor("section[data-outloud-macro=\"half-finished-thoughts-mine\"]");
            showsTheRest(session, section, items, ".outloud-thoughts-mine-more", "Show more open thoughts", null, questions);
            WebElement added = section.findElements(By.cssSelector(items)).stream()
                    .filter(e -> e.findElement(By.cssSelector("a")).getText().equals("Open question 54")).findFirst().orElseThrow();
            assertEquals("No feedback yet", added.findElement(By.cssSelector(".outloud-thought-feedback-count")).getText());
            assertTrue(added.findElement(By.cssSelector("a")).getAttribute("href").contains("more-mine-54"), added.getText());
            session.assertNoJsErrors();
        }
    }

    /**
     * In a server-rendered list of 50: "Show more" (this text) is reached with the keyboard and pressed, then every
     * seeded item (by this attribute, or the text of its link) and those of the demo content on the first page are
     * shown exactly once, the button is gone, and axe is clean.
     */
    private static void showsTheRest(BrowserSession session, WebElement section, String items, String button, String label,
                                     String idAttribute, Set<String> seeded) {
        By item = By.cssSelector(items);
        Function<WebElement, String> key = e -> idAttribute == null ? e.findElement(By.cssSelector("a")).getText() : e.getAttribute(idAttribute);
        List<WebElement> first = section.findElements(item);
        assertEquals(50, first.size(), "the server renders one page");
        Set<String> expected = new HashSet<>(seeded);
        first.stream().map(key).forEach(expected::add);
        assertTrue(expected.size() > 50, "more than a page seeded");
        WebElement more = section.findElement(By.cssSelector(button));
        assertEquals(label, more.getText().trim());
        assertTrue(more.isDisplayed());
        session.assertNoSeriousViolations();

        more.sendKeys(Keys.ENTER);

        session.waitUntil(d -> section.findElements(item).size() == expected.size());
        List<String> shown = section.findElements(item).stream().map(key).toList();
        assertEquals(shown.size(), new HashSet<>(shown).size(), "each once: " + shown);
        assertEquals(expected, new HashSet<>(shown));
        assertTrue(!more.isDisplayed(), "nothing more to show");
        assertEquals(section.findElements(item).get(50), session.driver().switchTo().activeElement(),
                "the keyboard goes on at the first item it brought");
        session.assertNoSeriousViolations();
    }

    /** Saves a new page in the team space as its author would: stored, then the host's page event (which registers its macros). */
    private static long savePage(String title, String storage, String authorKey) {
        PageRepository pages = server.hosts().pages();
        long id = pages.create(DemoContent.TEAM, title, storage, authorKey);
        server.hosts().events().publish(new PageCreateEvent(ShowMoreE2ETest.class, pages.asConfluencePage(id).orElseThrow()));
        return id;
    }
}
