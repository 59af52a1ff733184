package io.outloud.preview.e2e;

import java.util.List;

import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replying, the vertical slice: open the replies of a block, write, edit, and see another person's view, all
 * without a reload; hostile markup in a reply stays text.
 */
class RepliesE2ETest extends PreviewBrowserTest {
    private static final String HOSTILE = "<img src=x onerror=window.__xss=1>";

    @Test
    void reply_withLinkMentionAndMarkup_appearsWithoutReload_editsInPlace_andOthersSeeItReadOnly(BrowserSession session) {
        E2E.startAs(session, "alice");
        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        WebElement stuck = E2E.block(session, "stuck");
        int before = replyCount(stuck);
        openReplies(session, stuck);
        session.executeScript("window.__e2eSameDocument = true;");

        String text = "See https://example.com/export-guide. Can @bruno help? " + HOSTILE;
        writeReply(session, stuck, text);
        WebElement reply = last(waitForReplies(session, stuck, before + 1));

        assertEquals(Boolean.TRUE, session.executeScript("return window.__e2eSameDocument === true;"), "no page reload");
        WebElement link = reply.findElement(By.cssSelector(".outloud-reply-text a"));
        assertEquals("https://example.com/export-guide", link.getAttribute("href"));
        assertEquals("https://example.com/export-guide", link.getText());
        assertTrue(link.getAttribute("rel").contains("noopener"));
        assertEquals("@bruno", reply.findElement(By.cssSelector(".outloud-mention")).getText());
        assertTrue(reply.findElement(By.cssSelector(".outloud-reply-text")).getText().contains(HOSTILE), "markup shown as text");
        assertTrue(reply.findElements(By.cssSelector("img")).isEmpty(), "no element made from the reply's markup");
        assertEquals(Boolean.TRUE, session.executeScript("return window.__xss === undefined;"), "the onerror handler never ran");
        assertEquals(before + 1, replyCount(stuck), "the toggle's count follows");
        assertEquals("", stuck.findElement(By.cssSelector(".outloud-replies-message")).getText());
        assertEquals("", stuck.findElement(By.cssSelector(".outloud-reply-form textarea")).getAttribute("value"), "form cleared");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        reply.findElement(By.cssSelector(".outloud-reply-edit")).click();
        WebElement area = session.waitFor(E2E.BLOCK + ".outloud-status-stuck .outloud-reply-edit-form textarea");
        assertEquals(text, area.getAttribute("value"), "the edit form starts from the reply's text");
        session.assertNoSeriousViolations();
        area.clear();
        area.sendKeys("Solved it, thanks @bruno " + HOSTILE);
        stuck.findElement(By.cssSelector(".outloud-reply-edit-form button[type=\"submit\"]")).click();
        session.waitUntil(d -> stuck.findElements(By.cssSelector(".outloud-reply-edit-form")).isEmpty()
                && !stuck.findElements(By.cssSelector(".outloud-reply-edited")).isEmpty());
        WebElement edited = last(waitForReplies(session, stuck, before + 1));
        assertTrue(edited.findElement(By.cssSelector(".outloud-reply-author")).getText().contains("(edited)"));
        assertTrue(edited.findElement(By.cssSelector(".outloud-reply-text")).getText().startsWith("Solved it, thanks @bruno"));
        assertEquals(Boolean.TRUE, session.executeScript("return window.__xss === undefined && window.__e2eSameDocument === true;"));
        assertEquals(before + 1, replyCount(stuck), "editing does not change the count");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.actAs(session, "bruno", "en");
        E2E.readyBlocks(session, 4);
        WebElement brunosStuck = E2E.block(session, "stuck");
        assertEquals(before + 1, replyCount(brunosStuck), "rendered with the page");
        openReplies(session, brunosStuck);
        WebElement alices = last(waitForReplies(session, brunosStuck, before + 1));
        assertTrue(alices.getText().contains("(edited)"));
        assertTrue(alices.findElements(By.cssSelector(".outloud-reply-actions, .outloud-reply-edit, .outloud-reply-delete")).isEmpty(),
                "no edit or delete on alice's reply for bruno");

        writeReply(session, brunosStuck, "Happy to, @alice.");
        List<WebElement> both = waitForReplies(session, brunosStuck, before + 2);
        assertTrue(last(both).getText().contains("Bruno Dubois"));
        assertEquals(1, last(both).findElements(By.cssSelector(".outloud-reply-edit")).size(), "bruno may edit his own");
        assertEquals("@alice", last(both).findElement(By.cssSelector(".outloud-mention")).getText());
        assertEquals(before + 2, replyCount(brunosStuck));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.reload(session);
        E2E.readyBlocks(session, 4);
        assertEquals(before + 2, replyCount(E2E.block(session, "stuck")), "saved on the server");
    }

    private static WebElement last(List<WebElement> elements) {
        return elements.get(elements.size() - 1);
    }

    private static int replyCount(WebElement block) {
        return Integer.parseInt(block.findElement(By.cssSelector(".outloud-replies-toggle .outloud-replies-count")).getText().trim());
    }

    private static void openReplies(BrowserSession session, WebElement block) {
        WebElement toggle = block.findElement(By.cssSelector(".outloud-replies-toggle"));
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        toggle.click();
        session.waitUntil(d -> "true".equals(block.findElement(By.cssSelector(".outloud-replies")).getAttribute("data-loaded")));
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertFalse(block.findElement(By.cssSelector(".outloud-replies-panel")).getAttribute("hidden") != null, "panel shown");
        session.assertNoSeriousViolations();
    }

    private static void writeReply(BrowserSession session, WebElement block, String text) {
        WebElement area = block.findElement(By.cssSelector(".outloud-reply-form textarea"));
        area.sendKeys(text);
        block.findElement(By.cssSelector(".outloud-reply-form button[type=\"submit\"]")).click();
    }

    private static List<WebElement> waitForReplies(BrowserSession session, WebElement block, int expected) {
        session.waitUntil(d -> block.findElements(By.cssSelector(".outloud-replies-list > li.outloud-reply[data-reply-id]")).size() == expected);
        return block.findElements(By.cssSelector(".outloud-replies-list > li.outloud-reply[data-reply-id]"));
    }
}
