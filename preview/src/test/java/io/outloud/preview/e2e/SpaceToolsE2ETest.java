package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.demo.DemoThoughts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A space admin (Eva, of the team space) goes to the space's tools, opens Out Loud in the Integrations section and
 * switches the half-finished thought off, by keyboard; an editor of the space sees the note where the thoughts were,
 * the engineering space's thought is unaffected, and someone who administers nothing is refused the page and its REST
 * resource (403). In light and dark, axe-clean.
 */
class SpaceToolsE2ETest extends PreviewBrowserTest {
    private static final String THOUGHT = "section[data-outloud-macro=\"half-finished-thought\"]";

    @Test
    void aSpaceAdminSwitchesTheThoughtOff_anEditorSeesTheNote_anotherSpaceIsUnaffected_andANonAdminIsRefused(BrowserSession session) {
        long thoughts = E2E.pageId(server, DemoContent.TEAM, DemoThoughts.THOUGHTS);
        long engineering = new DemoContent.Saver(server.hosts().pages(), server.hosts().events()).create(DemoContent.ENG, "Engineering thoughts",
                "<ac:structured-macro ac:name=\"half-finished-thought\"><ac:parameter ac:name=\"question\">Is the build too slow?</ac:parameter>"
                        + "<ac:rich-text-body><p>Nightly build notes</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-alice");

        E2E.startAs(session, "eva");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("space-tools-TEAM")).sendKeys(Keys.ENTER));
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outloud-space-tools")).sendKeys(Keys.ENTER));
        WebElement form = session.waitForPresent("#outloud-space-macros-form[data-outloud-ready=\"true\"]");
        WebElement choice = form.findElement(By.id("outloud-macro-half-finished-thought"));
        choice.sendKeys("Off"); // a select takes the option's first letters from the keyboard
        assertEquals("off", new Select(choice).getFirstSelectedOption().getAttribute("value"));
        form.findElement(By.id("outloud-space-macros-save")).sendKeys(Keys.ENTER);
        session.waitUntil(d -> "Saved.".equals(form.findElement(By.cssSelector(".outloud-space-macros-message")).getText().trim()));
        session.assertNoSeriousViolations();
        session.screenshot("space-tools");

        E2E.reload(session);
        assertEquals("off", new Select(session.waitFor("#outloud-macro-half-finished-thought")).getFirstSelectedOption().getAttribute("value"));

        session.open(E2E.viewPath(thoughts)); // the switcher returns to the page it is on: Chloé may not open the space tools
        E2E.actAs(session, "chloe", "en"); // edits the team space, administers nothing
        for (String theme : List.of("light", "dark")) {
            E2E.chooseTheme(session, theme);
            session.open(E2E.viewPath(thoughts));
            WebElement note = session.waitFor(".outloud-macro-off-note");
            assertTrue(note.getText().contains("Half-finished thought is switched off in this space"), note.getText());
            assertTrue(session.driver().findElements(By.cssSelector(THOUGHT)).isEmpty(), "no thought card, no feedback form");
            assertTrue(session.driver().findElement(By.cssSelector(".outloud-macro-off")).getText().length() > 0, "the body shows");
            session.assertNoSeriousViolations();
            session.screenshot("space-tools-note-" + theme);
        }
        E2E.chooseTheme(session, "light");

        E2E.actAs(session, "alice", "en"); // engineering has not switched anything off
        session.open(E2E.viewPath(engineering));
        session.waitForPresent(THOUGHT + "[data-outloud-ready=\"true\"]");
        assertTrue(session.driver().findElements(By.cssSelector(".outloud-macro-off")).isEmpty());
        session.assertNoJsErrors();

        E2E.actAs(session, "farid", "en"); // edits the team space, administers nothing
        session.checkCurrentPage();
        session.pageChecksEnabled(false); // the refusals below are logged by the browser as failed loads, on purpose
        session.driver().get(session.url("/plugins/servlet/outloud/space-tools?key=TEAM"));
        assertTrue(session.driver().findElement(By.tagName("body")).getText().contains("Only this space's administrators can do this."),
                session.driver().getPageSource());
        assertTrue(session.driver().findElements(By.id("outloud-space-macros-form")).isEmpty());
        assertEquals(403L, status(session, "GET", "/plugins/servlet/outloud/space-tools?key=TEAM"));
        assertEquals(403L, status(session, "GET", "/rest/outloud/1.0/spaces/TEAM/macros"));
        assertEquals(403L, status(session, "PUT", "/rest/outloud/1.0/spaces/TEAM/macros"));
        session.driver().get("about:blank");
        session.clearJsErrors();
        session.pageChecksEnabled(true);
    }

    @Test
    void aSiteAdminSetsTheDefault_andASpaceThatHasNotChosenFollowsIt(BrowserSession session) {
        E2E.startAs(session, "admin");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outloud-configure")).click());
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("authenticate-confirm")).sendKeys(Keys.ENTER));
        WebElement form = session.waitForPresent("#outloud-macro-defaults-form[data-outloud-ready=\"true\"]");
        WebElement requests = form.findElement(By.id("outloud-default-working-out-loud-requests"));
        assertTrue(requests.isSelected(), "every macro on by default");
        requests.sendKeys(Keys.SPACE);
        form.findElement(By.id("outloud-macro-defaults-save")).sendKeys(Keys.ENTER);
        session.waitUntil(d -> "Saved.".equals(form.findElement(By.cssSelector(".outloud-macro-defaults-message")).getText().trim()));
        session.assertNoSeriousViolations();

        session.open("/"); // the switcher returns to the page it is on: Alice may not open the settings
        E2E.actAs(session, "alice", "en");
        session.open("/plugins/servlet/outloud/space-tools?key=ENG");
        WebElement choice = session.waitFor("#outloud-macro-working-out-loud-requests");
        assertEquals("Site default (off)", new Select(choice).getFirstSelectedOption().getText());
        session.checkCurrentPage(); // axe and the console on the space tools page, before leaving it
        session.driver().get("about:blank");
        List<String> errors = session.jsErrors(); // the settings' first answer (403, before the secure session) is logged
        assertTrue(errors.stream().allMatch(e -> e.contains("status of 403")), errors.toString());
        session.clearJsErrors();
    }

    /** What the site answers the signed-in person in this browser, as the app's scripts ask (JSON, the XSRF header). */
    private static long status(BrowserSession session, String method, String path) {
        Object status = session.executeScript("return fetch(arguments[1], {method: arguments[0], credentials: 'same-origin', "
                + "headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'}, "
                + "body: arguments[0] === 'GET' ? undefined : '{\"half-finished-thought\":\"on\"}'}).then(r => r.status);", method, path);
        return ((Number) status).longValue();
    }
}
