package io.outloud.preview.e2e;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recognition in a browser: Bruno is stuck, Alice offers help and Bruno accepts it; Bruno thanks Alice from his block with
 * a note written in an AUI dialog, by keyboard; Alice finds the thanks on her own page (from the user menu), with her
 * quarter, and chooses to show it on her card. Axe-clean in the light and the dark theme, and at 320 px.
 */
class ThanksE2ETest extends PreviewBrowserTest {
    private static final String NOTE = "Your paging tip <b>saved my week</b>. Thank you!";

    @Test
    void brunoThanksAliceForAcceptedHelp_aliceSeesItOnHerThanksPage_andChoosesToShowIt(BrowserSession session) {
        long pageId = server.hosts().pages().create(DemoContent.TEAM, "Stuck on the thanks export", "<ac:structured-macro ac:name=\"working-out-loud\""
                + " ac:schema-version=\"1\" ac:macro-id=\"thanks-e2e\"><ac:parameter ac:name=\"status\">stuck</ac:parameter>"
                + "<ac:parameter ac:name=\"working-on\">The campaign export</ac:parameter><ac:parameter ac:name=\"help-wanted\">Paging</ac:parameter>"
                + "<ac:rich-text-body><p>It times out.</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-bruno");
        server.hosts().events().publish(new PageCreateEvent(ThanksE2ETest.class, server.hosts().pages().asConfluencePage(pageId).orElseThrow()));

        E2E.startAs(session, "alice");
        session.open(E2E.viewPath(pageId));
        E2E.readyBlocks(session, 1);
        WebElement stuck = E2E.block(session, "stuck");
        assertTrue(stuck.findElement(By.cssSelector(".outloud-help")).findElements(By.cssSelector(".outloud-thank")).isEmpty(),
                "only the block's author is offered to thank");
        stuck.findElement(By.cssSelector(".outloud-help-toggle")).click();
        session.waitFor(E2E.BLOCK + " .outloud-help-form textarea").sendKeys("I paged ours by 5,000 rows.");
        stuck.findElement(By.cssSelector(".outloud-help-form button[type=\"submit\"]")).click();
        session.waitUntil(d -> stuck.findElement(By.cssSelector(".outloud-help-mine")).getAttribute("hidden") == null);

        E2E.actAs(session, "bruno", "en");
        E2E.readyBlocks(session, 1);
        WebElement mine = E2E.block(session, "stuck");
        WebElement thank = mine.findElement(By.cssSelector(".outloud-thank"));
        assertFalse(thank.isDisplayed(), "nothing accepted yet: nobody to thank");
        mine.findElement(By.cssSelector(".outloud-help-show")).click();
        session.waitUntil(d -> mine.findElements(By.cssSelector(".outloud-help-offers .outloud-help-accept")).size() == 1);
        mine.findElement(By.cssSelector(".outloud-help-offers .outloud-help-accept")).click();
        session.waitUntil(d -> thank.isDisplayed());
        assertEquals("Say thanks", thank.getText().trim());

        session.executeScript("arguments[0].focus();", thank);
        thank.sendKeys(Keys.ENTER); // by keyboard
        WebElement note = session.waitFor(".outloud-thank-dialog .outloud-thank-note");
        session.waitUntil(d -> note.equals(d.switchTo().activeElement()));
        session.assertNoSeriousViolations();
        note.sendKeys(NOTE);
        note.sendKeys(Keys.TAB);
        session.driver().switchTo().activeElement().sendKeys(Keys.ENTER); // Send thanks
        session.waitUntil(d -> "true".equals(thank.getAttribute("data-thanked")));
        assertEquals("Thanked", thank.getText().trim());
        assertFalse(thank.isEnabled());
        assertEquals("Your thanks is on its way.", mine.findElement(By.cssSelector(".outloud-thank-message")).getText().trim());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        E2E.reload(session);
        E2E.readyBlocks(session, 1);
        session.waitUntil(d -> "Thanked".equals(d.findElement(By.cssSelector(E2E.BLOCK + " .outloud-thank")).getText().trim()));

        E2E.actAs(session, "alice", "en");
        session.open("/plugins/servlet/outloud/thanks");
        WebElement page = session.waitFor(".outloud-thanks-page[data-outloud-ready=\"true\"]");
        assertEquals("You helped one colleague in one department this quarter.",
                page.findElement(By.cssSelector(".outloud-thanks-summary-text")).getText().trim());
        WebElement entry = page.findElement(By.cssSelector(".outloud-thanks-entry"));
        assertEquals(NOTE, entry.findElement(By.cssSelector(".outloud-thanks-note")).getText(), "markup stays text");
        assertTrue(entry.getText().contains("Bruno Dubois"), entry.getText());
        assertTrue(entry.findElements(By.cssSelector("b")).isEmpty());
        WebElement show = entry.findElement(By.cssSelector(".outloud-thanks-shown"));
        assertFalse(show.isSelected(), "private by default");
        show.sendKeys(Keys.SPACE); // by keyboard
        session.waitUntil(d -> "Saved.".equals(page.findElement(By.cssSelector(".outloud-thanks-message")).getText().trim()));
        assertTrue(show.isSelected());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        E2E.reload(session);
        assertTrue(session.waitFor(".outloud-thanks-page[data-outloud-ready=\"true\"] .outloud-thanks-shown").isSelected(), "kept");

        E2E.chooseTheme(session, "dark");
        session.waitFor(".outloud-thanks-page[data-outloud-ready=\"true\"]");
        session.assertNoSeriousViolations();
        try {
            session.driver().manage().window().setSize(new Dimension(320, 800));
            Object overflow = session.executeScript("return document.querySelector('.outloud-thanks-page').scrollWidth"
                    + " > document.querySelector('.outloud-thanks-page').clientWidth;");
            assertEquals(Boolean.FALSE, overflow, "nothing wider than the page at 320 px");
            session.assertNoSeriousViolations();
        } finally {
            session.driver().manage().window().setSize(new Dimension(1280, 1024));
        }
        E2E.chooseTheme(session, "light");
        session.assertNoJsErrors();
    }
}
