package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site admin opens Out Loud's settings from the home page (UPM's "Configure" in Confluence), confirms who they are
 * (the secure administrator session), lets every reader
 * see who reacted and lowers the group size, and keeps who saw a block for 30 days instead of 90; the page says it
 * saved, keeps the values on reload, and a reader sees the effect on a block.
 */
class SettingsPageE2ETest extends PreviewBrowserTest {

    @Test
    void theSiteAdminChangesWhoSeesWhoReacted_andReadersSeeTheEffect(BrowserSession session) {
        E2E.startAs(session, "eva");
        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        assertTrue(E2E.block(session, "done").findElements(By.cssSelector(".outloud-reactions-who-toggle")).isEmpty(), "Dirk's block, by default");

        E2E.actAs(session, "admin", "en");
        session.open("/");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outloud-configure")).click());
        assertTrue(session.driver().getCurrentUrl().contains("/authenticate.action"), "first the secure administrator session");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("authenticate-confirm")).click());
        WebElement form = session.waitForPresent("#outloud-settings-form[data-outloud-ready=\"true\"]");
        new Select(form.findElement(By.id("outloud-reactor-names"))).selectByValue("everyone");
        WebElement size = form.findElement(By.id("outloud-min-group-size"));
        size.clear();
        size.sendKeys("7");
        form.findElement(By.id("outloud-settings-save")).click();
        session.waitUntil(d -> "Saved.".equals(form.findElement(By.cssSelector(".outloud-settings-message")).getText().trim()));
        WebElement retention = session.waitForPresent("#outloud-retention-form[data-outloud-loaded=\"true\"]");
        assertTrue(retention.getText().contains("Who saw a block is kept this many days"), retention.getText());
        assertEquals("90", retention.findElement(By.id("outloud-retention-seen-by-days")).getAttribute("value"));
        WebElement seenDays = retention.findElement(By.id("outloud-retention-seen-by-days"));
        seenDays.clear();
        seenDays.sendKeys("30");
        retention.findElement(By.id("outloud-retention-save")).click();
        session.waitUntil(d -> "Saved.".equals(retention.findElement(By.cssSelector(".outloud-retention-message")).getText().trim()));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.screenshot("settings-page");

        E2E.reload(session);
        WebElement reloaded = session.waitForPresent("#outloud-settings-form[data-outloud-ready=\"true\"]");
        assertEquals("everyone", new Select(reloaded.findElement(By.id("outloud-reactor-names"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("7", reloaded.findElement(By.id("outloud-min-group-size")).getAttribute("value"));
        assertEquals("30", session.waitForPresent("#outloud-retention-form[data-outloud-loaded=\"true\"] #outloud-retention-seen-by-days")
                .getAttribute("value"), "the retention kept on reload");

        session.open(E2E.viewPath(welcomeId)); // the switcher returns to the page it is on: Eva may not open the settings
        E2E.actAs(session, "eva", "en");
        E2E.readyBlocks(session, 4);
        assertEquals(1, E2E.block(session, "done").findElements(By.cssSelector(".outloud-reactions-who-toggle")).size(),
                "every signed-in reader may now see who reacted");
        session.assertNoJsErrors();
    }

    @Test
    void aPersonChoosesNotToBeNamed_andThePageKeepsIt(BrowserSession session) {
        E2E.startAs(session, "farid");
        session.open("/plugins/servlet/outloud/me");
        WebElement form = session.waitForPresent("#outloud-preferences-form[data-outloud-ready=\"true\"]");
        WebElement hide = form.findElement(By.id("outloud-hide-my-name"));
        assertTrue(!hide.isSelected());
        form.findElement(By.cssSelector("label[for=\"outloud-hide-my-name\"]")).click(); // AUI draws the box over the input
        assertTrue(hide.isSelected());
        form.findElement(By.id("outloud-preferences-save")).click();
        session.waitUntil(d -> "Saved.".equals(form.findElement(By.cssSelector(".outloud-preferences-message")).getText().trim()));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.reload(session);
        assertTrue(session.waitForPresent("#outloud-preferences-form[data-outloud-ready=\"true\"] #outloud-hide-my-name").isSelected());
    }
}
