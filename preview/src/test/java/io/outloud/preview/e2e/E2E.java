package io.outloud.preview.e2e;

import java.util.List;

import io.outloud.preview.PreviewServer;
import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.host.StoredPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Steps the end-to-end tests share: acting as a demo person through the preview's header switcher, waiting for
 * full page loads caused by form posts or reloads, finding blocks and reaction buttons. Every page reached by a
 * navigation the session did not start itself (form post, link, reload) is checked with axe right away, since
 * {@link io.outloud.preview.browser.BrowserExtension#checkEachPage()} only sees pages opened with
 * {@link BrowserSession#open(String)}.
 */
final class E2E {

    static final String BLOCK = "section[data-outloud-macro=\"working-out-loud\"]";
    static final String READY_BLOCK = BLOCK + "[data-outloud-ready=\"true\"]";

    private E2E() {
    }

    static long pageId(PreviewServer server, String spaceKey, String title) {
        return server.hosts().pages().findByTitle(spaceKey, title).map(StoredPage::id)
                .orElseThrow(() -> new AssertionError("no page '" + title + "' in " + spaceKey));
    }

    static String viewPath(long pageId) {
        return "/pages/viewpage.action?pageId=" + pageId;
    }

    /** Opens the home page and acts as {@code username} ("" = anonymous) in English. */
    static void startAs(BrowserSession session, String username) {
        startAs(session, username, "en");
    }

    static void startAs(BrowserSession session, String username, String language) {
        session.open("/");
        actAs(session, username, language);
    }

    /** Uses the header switcher of the current preview page; the preview redirects back to the same page. */
    static void actAs(BrowserSession session, String username, String language) {
        viewsSettled(session);
        new Select(session.waitFor("#switch-user")).selectByValue(username);
        new Select(session.waitFor("#switch-language")).selectByValue(language);
        navigatesAway(session, () -> session.driver().findElement(By.id("switch-submit")).click());
        assertEquals(username, session.waitForPresent("meta[name=\"ajs-remote-user\"]").getAttribute("content"),
                "acting as '" + username + "'");
        assertEquals(language, session.driver().findElement(By.tagName("html")).getAttribute("lang"));
    }

    /**
     * Waits until no block on the page is about to record a view: switching ends the session, as logging out does, and
     * a view sent after that is answered 401 (the browser logs it as an error even though the block ignores it).
     */
    static void viewsSettled(BrowserSession session) {
        session.waitUntil(d -> Boolean.TRUE.equals(session.executeScript(
                "return document.querySelectorAll('[data-seen-state=\"waiting\"],[data-seen-state=\"sending\"]').length === 0;")));
    }

    /**
     * Runs {@code action}, which must load a new document, waits until that document has loaded, and runs axe on
     * it. The marker on {@code window} tells the old document from the new one without any sleep.
     */
    static void navigatesAway(BrowserSession session, Runnable action) {
        session.executeScript("window.__e2eOldDocument = true;");
        action.run();
        session.waitUntil(d -> Boolean.TRUE.equals(session.executeScript(
                "return window.__e2eOldDocument === undefined && document.readyState === 'complete';")));
        session.assertNoSeriousViolations();
    }

    static void reload(BrowserSession session) {
        navigatesAway(session, () -> session.driver().navigate().refresh());
    }

    /** Waits until {@code expected} blocks are on the page and the block script has initialised every one. */
    static List<WebElement> readyBlocks(BrowserSession session, int expected) {
        session.waitUntil(d -> d.findElements(By.cssSelector(READY_BLOCK)).size() == expected
                && d.findElements(By.cssSelector(BLOCK)).size() == expected);
        return session.driver().findElements(By.cssSelector(BLOCK));
    }

    static WebElement block(BrowserSession session, String status) {
        List<WebElement> found = session.driver().findElements(By.cssSelector(BLOCK + ".outloud-status-" + status));
        assertEquals(1, found.size(), "blocks with status " + status);
        return found.get(0);
    }

    static WebElement reaction(WebElement block, String kind) {
        return block.findElement(By.cssSelector(".outloud-reaction[data-kind=\"" + kind + "\"]"));
    }

    static String count(WebElement reaction) {
        return reaction.findElement(By.cssSelector(".outloud-reaction-count")).getText().trim();
    }

    static String label(WebElement reaction) {
        return reaction.findElement(By.cssSelector(".outloud-reaction-label")).getText().trim();
    }

    static boolean pressed(WebElement reaction) {
        return "true".equals(reaction.getAttribute("aria-pressed"));
    }

    /** Whether the block script is not waiting for the server about this reaction. */
    static boolean idle(WebElement reaction) {
        return reaction.getAttribute("aria-disabled") == null;
    }

    /** Waits until the reaction shows {@code count} and the pressed state, and is idle again. */
    static void waitForReaction(BrowserSession session, WebElement reaction, String count, boolean pressed) {
        try {
            session.waitUntil(d -> count.equals(count(reaction)) && pressed == pressed(reaction) && idle(reaction));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("reaction " + reaction.getAttribute("data-kind") + " never showed count " + count
                    + " pressed=" + pressed + "; shows count " + count(reaction) + " pressed=" + pressed(reaction), e);
        }
    }

    static String text(BrowserSession session, String css) {
        return session.waitForPresent(css).getText().trim();
    }

    /** The header's theme switch (light, dark, system), used by keyboard as a person would. */
    static void chooseTheme(BrowserSession session, String theme) {
        org.openqa.selenium.WebElement select = session.waitFor("#switch-theme");
        new org.openqa.selenium.support.ui.Select(select).selectByValue(theme);
        org.openqa.selenium.WebElement apply = session.driver().findElement(org.openqa.selenium.By.id("switch-theme-submit"));
        navigatesAway(session, () -> apply.sendKeys(org.openqa.selenium.Keys.ENTER));
    }
}
