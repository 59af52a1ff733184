package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app's own notification list in the browser: a block's author gets a reply notice, sees the unread count in the
 * header and on a personal page, opens the list and marks the entry read without a reload; every page axe-clean.
 */
class NotificationsE2ETest extends PreviewBrowserTest {
    private static final String REPLY = "NOTICE-E2E <b>not bold</b>";

    @Test
    void aReplyNotice_showsItsUnreadCount_opensInTheList_andIsMarkedRead(BrowserSession session) {
        E2E.startAs(session, "alice");
        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        WebElement stuck = E2E.block(session, "stuck"); // Farid's
        stuck.findElement(By.cssSelector(".outloud-replies-toggle")).click();
        session.waitUntil(d -> "true".equals(stuck.findElement(By.cssSelector(".outloud-replies")).getAttribute("data-loaded")));
        stuck.findElement(By.cssSelector(".outloud-reply-form textarea")).sendKeys(REPLY);
        stuck.findElement(By.cssSelector(".outloud-reply-form button[type=\"submit\"]")).click();
        session.waitUntil(d -> stuck.getText().contains("NOTICE-E2E"));

        E2E.actAs(session, "farid", "en");
        // Alice's page may send its seen beacon while the switch to Farid is under way (answered 401): not this test's
        // subject, and not a script error of the pages below.
        session.clearJsErrors();
        WebElement headerLink = session.waitFor("#notices-link");
        int unread = Integer.parseInt(headerLink.findElement(By.cssSelector(".outloud-preview-notices-count")).getText().replace("+", ""));
        assertTrue(unread >= 1, "the header shows Farid's unread count");

        session.open("/plugins/servlet/outloud/me");
        session.waitUntil(d -> "done".equals(session.executeScript("return document.documentElement.getAttribute('data-outloud-notices-count');")));
        assertEquals(String.valueOf(unread), session.waitFor("a.outloud-notices-link .outloud-notices-link-count").getText(),
                "a personal page's link carries the same count");
        session.assertNoSeriousViolations();

        E2E.navigatesAway(session, () -> session.driver().findElement(By.cssSelector("a.outloud-notices-link")).click());
        session.waitForPresent(".outloud-notices[data-outloud-ready=\"true\"]");
        WebElement entry = entryWith(session, "NOTICE-E2E");
        assertTrue(entry.getAttribute("class").contains("outloud-notice-unread"));
        assertTrue(entry.findElement(By.cssSelector(".outloud-notice-title")).getText().contains("Alice Janssens replied to your block on"));
        assertEquals(REPLY, entry.findElement(By.cssSelector(".outloud-notice-text")).getText(), "what Alice wrote, as text");
        assertTrue(entry.findElements(By.cssSelector(".outloud-notice-text b")).isEmpty(), "no markup made from it");
        assertEquals(String.valueOf(unread), session.driver().findElement(By.cssSelector(".outloud-notices-unread-count")).getAttribute("data-unread"));
        session.executeScript("window.__e2eSameDocument = true;");
        session.assertNoSeriousViolations();

        entry.findElement(By.cssSelector(".outloud-notice-read")).click();
        session.waitUntil(d -> !entryWith(session, "NOTICE-E2E").getAttribute("class").contains("outloud-notice-unread"));
        assertEquals(String.valueOf(unread - 1), session.driver().findElement(By.cssSelector(".outloud-notices-unread-count")).getAttribute("data-unread"));
        assertFalse(session.driver().findElement(By.cssSelector(".outloud-notices-unread-count")).getText().isEmpty());
        assertEquals(Boolean.TRUE, session.executeScript("return window.__e2eSameDocument === true;"), "no page reload");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.reload(session);
        assertFalse(entryWith(session, "NOTICE-E2E").getAttribute("class").contains("outloud-notice-unread"), "saved on the server");
    }

    private static WebElement entryWith(BrowserSession session, String text) {
        List<WebElement> entries = session.driver().findElements(By.cssSelector(".outloud-notices-list > li.outloud-notice"));
        return entries.stream().filter(entry -> entry.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry with " + text + " among " + entries.size()));
    }
}
