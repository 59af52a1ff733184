package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two people and a stuck block: Farid is stuck (the demo's stuck block is his); Alice reacts, replies and offers
 * help; Farid sees her offer in his block and in his outbox, accepts it, and the block says who is helping. Then the
 * whole loop on a block of one's own: Bruno marks himself stuck beside a "who needs help" stream, Chloé offers, Bruno
 * accepts and his block is getting help (out of the stream; Chloé has nothing to withdraw), and he reopens it.
 */
class HelpE2ETest extends PreviewBrowserTest {
    private static final String MESSAGE = "I paged our exports by 5,000 rows <b>last spring</b>; happy to pair on it.";

    @Test
    void aliceOffersHelp_faridSeesItInHisBlockAndOutbox_acceptsIt_andTheBlockShowsWhoIsHelping(BrowserSession session) {
        E2E.startAs(session, "farid");
        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        WebElement faridsBlock = E2E.block(session, "stuck");
        assertEquals("1 offer of help.", faridsBlock.findElement(By.cssSelector(".outloud-help-count")).getText().trim(), "the demo offer");
        assertTrue(faridsBlock.findElements(By.cssSelector(".outloud-help-toggle")).isEmpty(), "no offering on one's own block");

        E2E.actAs(session, "alice", "en");
        E2E.readyBlocks(session, 4);
        WebElement stuck = E2E.block(session, "stuck");
        assertTrue(stuck.findElements(By.cssSelector(".outloud-reaction[data-kind=\"can-help\"]")).isEmpty(),
                "one I can help on a block that asks for help: the offer");
        WebElement thanks = E2E.reaction(stuck, "thanks");
        String before = E2E.count(thanks);
        thanks.click();
        E2E.waitForReaction(session, thanks, String.valueOf(Integer.parseInt(before) + 1), true);

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
        assertEquals("2 offers of help.", stuck.findElement(By.cssSelector(".outloud-help-count")).getText().trim());
        assertTrue(stuck.findElement(By.cssSelector(".outloud-help-toggle")).getAttribute("hidden") != null, "one offer each");
        assertFalse(stuck.getText().contains("We export our campaign data"), "Bruno's message is Farid's to read");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.actAs(session, "farid", "en");
        E2E.readyBlocks(session, 4);
        WebElement block = E2E.block(session, "stuck");
        assertEquals("2 offers of help.", block.findElement(By.cssSelector(".outloud-help-count")).getText().trim());
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
        session.waitUntil(d -> "Alice Janssens is helping.".equals(again.findElement(By.cssSelector(".outloud-help-helper")).getText().trim()));
        assertEquals("1 other offer.", again.findElement(By.cssSelector(".outloud-help-count")).getText().trim());
        assertEquals("Getting help", again.findElement(By.cssSelector(".outloud-block-status")).getAttribute("textContent").trim(), "without a reload");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.actAs(session, "alice", "en");
        E2E.readyBlocks(session, 4);
        WebElement helping = E2E.block(session, "getting-help");
        assertEquals("Your offer was accepted: you are helping.", helping.findElement(By.cssSelector(".outloud-help-helper")).getText().trim());
        assertFalse(helping.findElement(By.cssSelector(".outloud-help-withdraw")).isDisplayed(), "nothing to withdraw");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outbox-link")).click());
        assertTrue(session.driver().findElement(By.cssSelector(".outloud-outbox-subject")).getText()
                .startsWith("Farid El Amrani accepted your offer of help"));
    }

    @Test
    void brunoIsStuck_chloeOffers_brunoAccepts_theBlockIsGettingHelpOutOfWhoNeedsHelp_andBrunoReopensIt(BrowserSession session) {
        E2E.startAs(session, "bruno");
        session.open("/pages/createpage.action?spaceKey=" + DemoContent.TEAM);
        session.waitFor("#title").sendKeys("Stuck on the campaign export");
        session.driver().findElement(By.id("markup")).sendKeys("{working-out-loud:status=stuck|working-on=" + WORKING_ON
                + "}The export times out after a minute.{working-out-loud}{working-out-loud-stream:status=stuck|space=@self|limit=50}");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("save-page")).click());
        String pageUrl = session.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        E2E.readyBlocks(session, 1);
        assertTrue(whoNeedsHelp(session).contains(WORKING_ON), "stuck: Bruno needs help");

        E2E.actAs(session, "chloe", "en");
        E2E.readyBlocks(session, 1);
        WebElement stuck = E2E.block(session, "stuck");
        assertEquals(1, stuck.findElements(By.xpath(".//*[normalize-space(text())='I can help']")).size(), "one I can help: the offer");
        stuck.findElement(By.cssSelector(".outloud-help-toggle")).click();
        session.waitFor(E2E.BLOCK + " .outloud-help-form textarea").sendKeys("I wrote that export; it pages by 5,000 rows.");
        stuck.findElement(By.cssSelector(".outloud-help-form button[type=\"submit\"]")).click();
        session.waitUntil(d -> "1 offer of help.".equals(stuck.findElement(By.cssSelector(".outloud-help-count")).getText().trim()));
        assertTrue(stuck.findElement(By.cssSelector(".outloud-help-withdraw")).isDisplayed(), "an open offer is hers to withdraw");
        session.assertNoJsErrors();

        E2E.actAs(session, "bruno", "en");
        E2E.readyBlocks(session, 1);
        WebElement mine = E2E.block(session, "stuck");
        assertFalse(mine.findElement(By.cssSelector(".outloud-help-reopen")).isDisplayed(), "nothing to reopen yet");
        mine.findElement(By.cssSelector(".outloud-help-show")).click();
        session.waitUntil(d -> mine.findElements(By.cssSelector(".outloud-help-offers .outloud-help-accept")).size() == 1);
        mine.findElement(By.cssSelector(".outloud-help-offers .outloud-help-accept")).click();
        session.waitUntil(d -> "Getting help".equals(mine.findElement(By.cssSelector(".outloud-block-status")).getAttribute("textContent").trim()));
        assertEquals("Chlo\u00e9 Lef\u00e8vre is helping.", mine.findElement(By.cssSelector(".outloud-help-helper")).getText().trim());
        assertEquals("", mine.findElement(By.cssSelector(".outloud-help-count")).getText().trim(), "nobody else offered");
        assertTrue(mine.findElement(By.cssSelector(".outloud-help-reopen")).isDisplayed());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        E2E.reload(session);
        E2E.readyBlocks(session, 1);
        assertEquals("Getting help", E2E.block(session, "getting-help").findElement(By.cssSelector(".outloud-block-status")).getAttribute("textContent").trim());
        assertFalse(whoNeedsHelp(session).contains(WORKING_ON), "getting help: out of who needs help");
        session.screenshot("help-getting-help");

        E2E.actAs(session, "chloe", "en");
        E2E.readyBlocks(session, 1);
        WebElement helping = E2E.block(session, "getting-help");
        assertEquals("Your offer was accepted: you are helping.", helping.findElement(By.cssSelector(".outloud-help-helper")).getText().trim());
        assertFalse(helping.findElement(By.cssSelector(".outloud-help-withdraw")).isDisplayed(), "Chlo\u00e9 sees no withdraw");
        assertFalse(helping.findElement(By.cssSelector(".outloud-help-toggle")).isDisplayed());
        assertTrue(helping.findElements(By.cssSelector(".outloud-help-reopen")).isEmpty(), "reopening is Bruno's");
        session.assertNoSeriousViolations();

        E2E.actAs(session, "bruno", "en");
        E2E.readyBlocks(session, 1);
        WebElement gettingHelp = E2E.block(session, "getting-help");
        gettingHelp.findElement(By.cssSelector(".outloud-help-reopen")).click();
        session.waitUntil(d -> "Stuck: help wanted".equals(gettingHelp.findElement(By.cssSelector(".outloud-block-status")).getAttribute("textContent").trim()));
        assertEquals("", gettingHelp.findElement(By.cssSelector(".outloud-help-helper")).getText().trim());
        assertEquals("1 offer of help.", gettingHelp.findElement(By.cssSelector(".outloud-help-count")).getText().trim(), "Chlo\u00e9's offer, open again");
        assertFalse(gettingHelp.findElement(By.cssSelector(".outloud-help-reopen")).isDisplayed());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.open(pageUrl);
        E2E.readyBlocks(session, 1);
        assertTrue(whoNeedsHelp(session).contains(WORKING_ON), "back in who needs help");
    }

    private static final String WORKING_ON = "Exporting the campaign results";

    private static String whoNeedsHelp(BrowserSession session) {
        return session.driver().findElement(By.cssSelector(".outloud-stream")).getText();
    }
}
