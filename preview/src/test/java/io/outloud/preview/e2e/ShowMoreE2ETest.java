package io.outloud.preview.e2e;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.host.PageRepository;
import io.outloud.preview.demo.DemoContent;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.FeedbackStore;
import io.outloud.wol.HelpStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long lists come a page at a time: the author of a thought with 25 pieces of feedback, and of a stuck block with 23
 * offers of help, sees the first 20 and a "Show more" button, reached and pressed with the keyboard, that adds the
 * rest once each and then goes away.
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
        assertEquals("23 offers of help", block.findElement(By.cssSelector(".outloud-help-count")).getText().trim());
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

    /** Saves a new page in the team space as its author would: stored, then the host's page event (which registers its macros). */
    private static long savePage(String title, String storage, String authorKey) {
        PageRepository pages = server.hosts().pages();
        long id = pages.create(DemoContent.TEAM, title, storage, authorKey);
        server.hosts().events().publish(new PageCreateEvent(ShowMoreE2ETest.class, pages.asConfluencePage(id).orElseThrow()));
        return id;
    }
}
