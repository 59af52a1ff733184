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
 * Two people and a stuck block: Farid is stuck (the demo's stuck block is his); Alice reacts, replies and offers
 * help; Farid sees her offer in his block and in his outbox, accepts it, and the block says who is helping.
 */
class HelpE2ETest extends PreviewBrowserTest {
    private static final String MESSAGE = "I paged our exports by 5,000 rows <b>last spring</b>; happy to pair on it.";

    @Test
    void aliceOffersHelp_faridSeesItInHisBlockAndOutbox_acceptsIt_andTheBlockShowsWhoIsHelping(BrowserSession session) {
        E2E.startAs(session, "farid");
        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        WebElement faridsBlock = E2E.block(session, "stuck");
        assertEquals("1 offer of help", faridsBlock.findElement(By.cssSelector(".outloud-help-count")).getText().trim(), "the demo offer");
        assertTrue(faridsBlock.findElements(By.cssSelector(".outloud-help-toggle")).isEmpty(), "no offering on one's own block");

        E2E.actAs(session, "alice", "en");
        E2E.readyBlocks(session, 4);
        WebElement stuck = E2E.block(session, "stuck");
        WebElement canHelp = E2E.reaction(stuck, "can-help");
        String before = E2E.count(canHelp);
        canHelp.click();
        E2E.waitForReaction(session, canHelp, String.valueOf(Integer.parseInt(before) + 1), true);

        stuck.findElement(By.cssSelector(".outloud-replies-toggle")).click();
        session.waitUntil(d -> "true".equals(stuck.findElement(By.cssSelector(".outloud-replies")).getAttribute("data-loaded")));
        stuck.findElement(By.cssSelector(".outloud-reply-form textarea")).sendKeys("Did you try paging the export, @farid?");
        stuck.findElement(By.cssSelector(".outloud-reply-form button[type=\"submit\"]")).click();
        session.waitUntil(d -> !stuck.findElements(By.cssSelector(".outloud-replies-list > li.outloud-reply[data-reply-id]")).isEmpty());

        WebElement offer = stuck.findElement(By.cssSelector(".outloud-help-toggle"));
        assertEquals("I can help", offer.getText().trim());
        offer.click();
        WebElement message = session.waitFor(E2E.BLOCK + ".outloud-status-stuck .outloud-help-form textarea");
        session.assertNoSeriousViolations();
        message.sendKeys(MESSAGE);
        stuck.findElement(By.cssSelector(".outloud-help-form button[type=\"submit\"]")).click();
        session.waitUntil(d -> stuck.findElement(By.cssSelector(".outloud-help-mine")).getAttribute("hidden") == null);
        assertEquals("2 offers of help", stuck.findElement(By.cssSelector(".outloud-help-count")).getText().trim());
        assertTrue(stuck.findElement(By.cssSelector(".outloud-help-toggle")).getAttribute("hidden") != null, "one offer each");
        assertFalse(stuck.getText().contains("We export our campaign data"), "Bruno's message is Farid's to read");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.actAs(session, "farid", "en");
        E2E.readyBlocks(session, 4);
        WebElement block = E2E.block(session, "stuck");
        assertEquals("2 offers of help", block.findElement(By.cssSelector(".outloud-help-count")).getText().trim());
        block.findElement(By.cssSelector(".outloud-help-show")).click();
        session.waitUntil(d -> block.findElements(By.cssSelector(".outloud-help-offers > li.outloud-help-offer")).size() == 2);
        List<WebElement> offers = block.findElements(By.cssSelector(".outloud-help-offers > li.outloud-help-offer"));
        WebElement alices = offers.get(1);
        assertEquals("Alice Janssens", alices.findElement(By.cssSelector(".outloud-help-offer-name")).getText());
        assertTrue(alices.getText().contains("(Engineering)"));
        assertEquals(MESSAGE, alices.findElement(By.cssSelector(".outloud-help-offer-message")).getText(), "markup stays text");
        assertTrue(alices.findElements(By.cssSelector("b")).isEmpty());
        session.assertNoSeriousViolations();

        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outbox-link")).click());
        List<WebElement> subjects = session.driver().findElements(By.cssSelector(".outloud-outbox-subject"));
        assertTrue(subjects.size() >= 2, "the reply and the offer");
        assertTrue(subjects.get(0).getText().startsWith("Alice Janssens offered to help on"), "newest first: " + subjects.get(0).getText());
        assertTrue(subjects.get(1).getText().startsWith("Alice Janssens replied to your block on"), subjects.get(1).getText());

        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        WebElement again = E2E.block(session, "stuck");
        again.findElement(By.cssSelector(".outloud-help-show")).click();
        session.waitUntil(d -> again.findElements(By.cssSelector(".outloud-help-offers .outloud-help-accept")).size() == 2);
        again.findElements(By.cssSelector(".outloud-help-offers .outloud-help-accept")).get(1).click();
        session.waitUntil(d -> "Alice Janssens is helping".equals(again.findElement(By.cssSelector(".outloud-help-helper")).getText().trim()));
        assertEquals("1 offer of help", again.findElement(By.cssSelector(".outloud-help-count")).getText().trim());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.actAs(session, "alice", "en");
        E2E.readyBlocks(session, 4);
        assertEquals("Alice Janssens is helping", E2E.block(session, "stuck").findElement(By.cssSelector(".outloud-help-helper")).getText().trim());
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outbox-link")).click());
        assertTrue(session.driver().findElement(By.cssSelector(".outloud-outbox-subject")).getText()
                .startsWith("Farid El Amrani accepted your offer of help"));
    }
}
