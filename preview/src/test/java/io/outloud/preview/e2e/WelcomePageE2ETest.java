package io.outloud.preview.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's welcome page as a visitor meets it, and who may see the restricted page. */
class WelcomePageE2ETest extends PreviewBrowserTest {
    private static long restrictedId;

    @BeforeAll
    static void setUpClass() throws Exception {
        restrictedId = E2E.pageId(server, DemoContent.TEAM, DemoContent.RESTRICTED);
    }

    @Test
    void smoke_homeLinksToTheWelcomePageWhichRendersFourWorkingBlocks(BrowserSession session) throws Exception {
        E2E.startAs(session, "");
        session.open("/");
        WebElement link = session.driver().findElements(By.cssSelector("a.outloud-preview-page")).stream()
                .filter(a -> a.getText().trim().equals(DemoContent.WELCOME)).findFirst()
                .orElseThrow(() -> new AssertionError("home lists no link to " + DemoContent.WELCOME));
        E2E.navigatesAway(session, link::click);

        assertTrue(session.driver().getCurrentUrl().endsWith(E2E.viewPath(welcomeId)), session.driver().getCurrentUrl());
        assertEquals(DemoContent.WELCOME, E2E.text(session, "#title-text"));
        List<WebElement> blocks = E2E.readyBlocks(session, 4);
        List<List<String>> expected = List.of(
                List.of("exploring", "Exploring", "aui-lozenge-complete"),
                List.of("in-progress", "In progress", "aui-lozenge-current"),
                List.of("stuck", "Stuck: help wanted", "aui-lozenge-error"),
                List.of("done", "Done", "aui-lozenge-success"));
        for (int i = 0; i < expected.size(); i++) {
            WebElement block = blocks.get(i);
            List<String> status = expected.get(i);
            assertTrue(block.getAttribute("class").contains("outloud-status-" + status.get(0)), block.getAttribute("class"));
            WebElement lozenge = block.findElement(By.cssSelector(".aui-lozenge.outloud-block-status"));
            assertTrue(lozenge.isDisplayed(), "lozenge visible");
            assertEquals(status.get(1).toUpperCase(), lozenge.getText().trim().toUpperCase()); // AUI lozenges are upper-cased by CSS
            assertTrue(lozenge.getAttribute("class").contains(status.get(2)), lozenge.getAttribute("class"));
            assertFalse(block.getAttribute("data-macro-id").isBlank(), "macro id");
            assertEquals(String.valueOf(welcomeId), block.getAttribute("data-page-id"));
            assertEquals(status.get(0).equals("stuck") ? 4 : 5, block.findElements(By.cssSelector(".outloud-reaction")).size(),
                    "five reaction buttons; four where help is asked, whose I can help is the offer");
        }
        assertEquals(Boolean.TRUE, session.executeScript("return typeof AJS === 'object' && typeof AJS.I18n === 'object'"
                + " && typeof AJS.contextPath === 'function' && AJS.contextPath() === '';"), "AUI as Confluence provides it");
        session.assertNoJsErrors();

        Path screenshot = session.screenshot("preview-welcome");
        assertTrue(Files.size(screenshot) > 10_000, "screenshot has content: " + screenshot);
    }

    @Test
    void anonymous_seesTheReactionsButCannotReact(BrowserSession session) {
        E2E.startAs(session, "");
        session.open(E2E.viewPath(welcomeId));
        List<WebElement> blocks = E2E.readyBlocks(session, 4);
        for (WebElement block : blocks) {
            List<WebElement> reactions = block.findElements(By.cssSelector(".outloud-reaction"));
            assertEquals(block.getAttribute("class").contains("outloud-status-stuck") ? 4 : 5, reactions.size());
            for (WebElement reaction : reactions) {
                assertFalse(reaction.isEnabled(), "disabled for anonymous readers: " + reaction.getAttribute("data-kind"));
                assertTrue(reaction.getAttribute("title").toLowerCase().contains("log in"), reaction.getAttribute("title"));
                assertEquals("0", E2E.count(reaction));
            }
        }
        assertTrue(session.driver().findElements(By.id("edit-page")).isEmpty(), "anonymous readers get no Edit button");
    }

    @Test
    void restrictedPage_isNotFoundForBruno_butRendersForDirk(BrowserSession session) {
        E2E.startAs(session, "bruno");
        session.open("/");
        assertFalse(session.driver().getPageSource().contains(DemoContent.RESTRICTED), "not listed for bruno");
        session.open(E2E.viewPath(restrictedId));
        assertEquals("Page not found", E2E.text(session, "#title-text"));
        assertTrue(E2E.text(session, "#main-content").contains("The page does not exist, or you may not view it."));
        assertFalse(session.driver().getPageSource().contains(DemoContent.RESTRICTED), "title not leaked");
        assertTrue(session.driver().findElements(By.cssSelector(E2E.BLOCK)).isEmpty(), "no block leaked");
        session.assertNoSeriousViolations();
        expectOnlyNotFoundErrors(session);

        E2E.actAs(session, "dirk", "en");
        assertEquals(DemoContent.RESTRICTED, E2E.text(session, "#title-text"));
        WebElement block = E2E.readyBlocks(session, 1).get(0);
        assertTrue(block.getAttribute("class").contains("outloud-status-exploring"));
        assertTrue(E2E.reaction(block, "useful").isEnabled(), "dirk may react");
    }

    /** Chromium logs a console error for a 404 document; that is the expected outcome here, not a script error. */
    private static void expectOnlyNotFoundErrors(BrowserSession session) {
        List<String> errors = session.jsErrors();
        assertTrue(errors.stream().allMatch(e -> e.contains("status of 404")), "only the 404 itself: " + errors);
        session.clearJsErrors();
    }
}
