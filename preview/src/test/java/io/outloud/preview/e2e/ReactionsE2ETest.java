package io.outloud.preview.e2e;


import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.PreviewUser;
import io.outloud.wol.ReactionKind;
import io.outloud.wol.ReactionStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reacting, the vertical slice: browser, block script, REST resource, Active Objects, and back into the rendered
 * page, by mouse and by keyboard. The tests use different blocks, so they do not depend on each other's order.
 */
class ReactionsE2ETest extends PreviewBrowserTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void whoReacted_isTheAuthors_opensFromTheKeyboard_listsNamesAndDepartments_andFollowsANewReaction(BrowserSession session) {
        E2E.startAs(session, "bruno");
        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        WebElement done = E2E.block(session, "done"); // Dirk's
        WebElement sameHere = E2E.reaction(done, "same-here");
        sameHere.click();
        E2E.waitForReaction(session, sameHere, "1", true);

        assertTrue(done.findElements(org.openqa.selenium.By.cssSelector(".outloud-reactions-who-toggle")).isEmpty(),
                "by default only the author sees who reacted");

        E2E.actAs(session, "dirk", "en");
        E2E.readyBlocks(session, 4);
        WebElement block = E2E.block(session, "done");
        WebElement who = block.findElement(org.openqa.selenium.By.cssSelector(".outloud-reactions-who-toggle"));
        assertEquals("Who reacted?", who.getText().trim());
        who.sendKeys(Keys.ENTER);
        session.waitUntil(d -> !block.findElements(org.openqa.selenium.By.cssSelector(".outloud-reactions-people-group")).isEmpty());
        assertEquals("true", who.getAttribute("aria-expanded"));
        WebElement group = block.findElement(org.openqa.selenium.By.cssSelector(".outloud-reactions-people-group[data-kind=\"same-here\"]"));
        assertEquals("Same here: Bruno Dubois (Marketing)", group.getText().trim());
        session.assertNoSeriousViolations();
        WebElement preferences = block.findElement(org.openqa.selenium.By.cssSelector(".outloud-people-preferences a"));
        assertTrue(preferences.getAttribute("href").endsWith("/plugins/servlet/outloud/me"), preferences.getAttribute("href"));

        WebElement thanks = E2E.reaction(block, "thanks");
        thanks.click();
        E2E.waitForReaction(session, thanks, "1", true);
        session.waitUntil(d -> !block.findElements(org.openqa.selenium.By.cssSelector(".outloud-reactions-people-group[data-kind=\"thanks\"]")).isEmpty());
        assertEquals("Thanks: Dirk M\u00fcller (HR)",
                block.findElement(org.openqa.selenium.By.cssSelector(".outloud-reactions-people-group[data-kind=\"thanks\"]")).getText().trim(),
                "the open list follows a new reaction");
        session.assertNoJsErrors();
    }

    @Test
    void whoReacted_showsMoreNamesOfAKind_withTheKeyboard(BrowserSession session) {
        long pageId = server.hosts().pages().create(DemoContent.TEAM, "Much gratitude", "<ac:structured-macro ac:name=\"working-out-loud\" "
                + "ac:schema-version=\"1\" ac:macro-id=\"thanked-often\"><ac:parameter ac:name=\"working-on\">Thanked often</ac:parameter>"
                + "<ac:rich-text-body><p>Thanks all</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-eva");
        ReactionStore reactions = server.hosts().plugin().bean(ReactionStore.class);
        for (int i = 0; i < 23; i++) {
            server.hosts().users().save(new PreviewUser("thanker-key-" + i, "thanker" + i, "Thanker " + i, null, null, "Tester", false));
            reactions.toggle(pageId, "thanked-often", "thanker-key-" + i, ReactionKind.THANKS, T0.plusSeconds(i));
        }

        E2E.startAs(session, "eva");
        session.open(E2E.viewPath(pageId));
        E2E.readyBlocks(session, 1);
        WebElement block = session.driver().findElement(By.cssSelector(E2E.BLOCK));
        block.findElement(By.cssSelector(".outloud-reactions-who-toggle")).sendKeys(Keys.ENTER);
        String names = ".outloud-reactions-people-group[data-kind=\"thanks\"] .outloud-reactions-person";
        session.waitUntil(d -> block.findElements(By.cssSelector(names)).size() == 20);
        WebElement more = block.findElement(By.cssSelector(".outloud-reactions-people-group[data-kind=\"thanks\"] .outloud-reactions-people-more"));
        assertTrue(more.isDisplayed());
        assertEquals("Show more names", more.getText().trim());
        session.assertNoSeriousViolations();

        more.sendKeys(Keys.ENTER);

        session.waitUntil(d -> block.findElements(By.cssSelector(names)).size() == 23);
        List<WebElement> shown = block.findElements(By.cssSelector(names));
        List<String> texts = shown.stream().map(WebElement::getText).toList();
        assertEquals(23, new HashSet<>(texts).size(), "each name once: " + texts);
        assertEquals("Thanker 0", texts.get(0), "oldest first");
        assertEquals("Thanker 22", texts.get(22));
        assertFalse(more.isDisplayed(), "nothing more to show");
        assertEquals(shown.get(20), session.driver().switchTo().activeElement(), "the keyboard goes on at the first name it brought");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
    }

    @Test
    void thanks_updatesInPlace_persists_andCountsPerPerson(BrowserSession session) {
        E2E.startAs(session, "alice");
        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        WebElement thanks = E2E.reaction(E2E.block(session, "stuck"), "thanks");
        assertEquals("Thanks", E2E.label(thanks));
        assertEquals("0", E2E.count(thanks));
        assertFalse(E2E.pressed(thanks));

        // Markers on the button and on the window: both survive only if the page is not reloaded.
        session.executeScript("arguments[0].setAttribute('data-e2e-marker', 'before-click'); window.__e2eSameDocument = true;", thanks);
        thanks.click();
        E2E.waitForReaction(session, thanks, "1", true);
        assertEquals("before-click", thanks.getAttribute("data-e2e-marker"), "the same button element, updated in place");
        assertEquals(Boolean.TRUE, session.executeScript("return window.__e2eSameDocument === true;"), "no page reload");
        assertTrue(thanks.getAttribute("class").contains("outloud-reaction-mine"));
        assertEquals("", E2E.text(session, E2E.BLOCK + ".outloud-status-stuck .outloud-block-message"), "no error shown");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations(); // the pressed state is accessible too

        E2E.reload(session);
        E2E.readyBlocks(session, 4);
        WebElement afterReload = E2E.reaction(E2E.block(session, "stuck"), "thanks");
        assertEquals("1", E2E.count(afterReload), "saved on the server");
        assertTrue(E2E.pressed(afterReload), "alice's own reaction");
        assertEquals(null, afterReload.getAttribute("data-e2e-marker"), "a freshly rendered button");
        assertEquals("0", E2E.count(E2E.reaction(E2E.block(session, "done"), "thanks")), "only the stuck block got it");

        E2E.actAs(session, "bruno", "en");
        E2E.readyBlocks(session, 4);
        WebElement brunos = E2E.reaction(E2E.block(session, "stuck"), "thanks");
        assertEquals("1", E2E.count(brunos));
        assertFalse(E2E.pressed(brunos), "alice's reaction is not bruno's");
        brunos.click();
        E2E.waitForReaction(session, brunos, "2", true);
        session.assertNoJsErrors();
    }

    @Test
    void keyboard_tabToAReaction_enterAndSpaceReact(BrowserSession session) {
        E2E.startAs(session, "alice");
        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        WebElement exploring = E2E.block(session, "exploring");
        WebElement useful = E2E.reaction(exploring, "useful");
        WebElement learned = E2E.reaction(exploring, "learned");

        Actions keyboard = new Actions(session.driver());
        int tabs = 0;
        while (!isFocused(session, useful)) {
            assertTrue(++tabs <= 60, "Tab never reached the first reaction button; focus is on "
                    + session.executeScript("return document.activeElement && document.activeElement.outerHTML.substring(0, 120);"));
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertTrue((Boolean) session.executeScript(
                "return getComputedStyle(arguments[0], ':focus-visible') !== null && arguments[0].matches(':focus-visible');", useful),
                "the focused button shows a focus indicator");

        keyboard.sendKeys(Keys.ENTER).perform();
        E2E.waitForReaction(session, useful, "1", true);
        assertTrue(isFocused(session, useful), "focus stays on the button after reacting, so the keyboard user can go on");

        keyboard.sendKeys(Keys.TAB).perform();
        assertTrue(isFocused(session, learned), "Tab moves to the next reaction");
        keyboard.sendKeys(Keys.SPACE).perform();
        E2E.waitForReaction(session, learned, "1", true);

        keyboard.sendKeys(Keys.SPACE).perform();
        E2E.waitForReaction(session, learned, "0", false); // a second press takes the reaction back
        assertEquals("1", E2E.count(useful));
        session.assertNoJsErrors();
    }

    private static boolean isFocused(BrowserSession session, WebElement element) {
        return Boolean.TRUE.equals(session.executeScript("return document.activeElement === arguments[0];", element));
    }
}
