package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person says what they are open to talk about on their preferences page, by keyboard only; the site admin maps
 * groups to departments on the settings page, also by keyboard; a reader sees the mapped department on a card.
 */
class PeopleE2ETest extends PreviewBrowserTest {

    private static boolean focused(BrowserSession session, WebElement element) {
        return (Boolean) session.executeScript("return document.activeElement === arguments[0];", element);
    }

    private static void tabTo(BrowserSession session, WebElement element) {
        Actions keyboard = new Actions(session.driver());
        for (int tabs = 0; !focused(session, element); tabs++) {
            assertTrue(tabs <= 80, "Tab never reached " + element.getAttribute("id") + "; focus is on "
                    + session.executeScript("return document.activeElement && document.activeElement.outerHTML.substring(0, 120);"));
            keyboard.sendKeys(Keys.TAB).perform();
        }
    }

    @Test
    void aPersonSaysWhatTheyAreOpenToTalkAbout_byKeyboard_andThePageKeepsIt(BrowserSession session) {
        E2E.startAs(session, "bruno"); // the demo gives Bruno nothing he is open to talk about
        session.open("/plugins/servlet/outloud/me");
        WebElement form = session.waitForPresent("#outloud-profile-form[data-outloud-ready=\"true\"]");
        WebElement openTo = form.findElement(By.id("outloud-open-to"));
        assertEquals("", openTo.getAttribute("value"));
        assertEquals("What I am open to talk about, beyond my job title",
                form.findElement(By.cssSelector("label[for=\"outloud-open-to\"]")).getText().trim());

        tabTo(session, openTo);
        Actions keyboard = new Actions(session.driver());
        keyboard.sendKeys("  board games <b>and</b> bouldering  ").perform();
        WebElement save = form.findElement(By.id("outloud-profile-save"));
        tabTo(session, save);
        keyboard.sendKeys(Keys.ENTER).perform();
        session.waitUntil(d -> "Saved.".equals(form.findElement(By.cssSelector(".outloud-profile-message")).getText().trim()));
        assertEquals("board games <b>and</b> bouldering", openTo.getAttribute("value"), "the field shows what the server kept");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.screenshot("preferences-open-to");

        E2E.reload(session);
        WebElement reloaded = session.waitForPresent("#outloud-profile-form[data-outloud-ready=\"true\"] #outloud-open-to");
        assertEquals("board games <b>and</b> bouldering", reloaded.getAttribute("value"));

        // Enter in the field saves too (the form's own submit), here clearing the text.
        tabTo(session, reloaded);
        keyboard.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).sendKeys(Keys.ENTER).perform();
        WebElement message = session.driver().findElement(By.cssSelector(".outloud-profile-message"));
        session.waitUntil(d -> "Saved.".equals(message.getText().trim()));
        E2E.reload(session);
        assertEquals("", session.waitForPresent("#outloud-profile-form[data-outloud-ready=\"true\"] #outloud-open-to").getAttribute("value"));
        session.assertNoJsErrors();
    }

    @Test
    void theSiteAdminMapsGroupsToDepartments_byKeyboard_andCardsShowThem(BrowserSession session) {
        E2E.startAs(session, "admin");
        session.open("/");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outloud-configure")).click());
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("authenticate-confirm")).click());
        WebElement form = session.waitForPresent("#outloud-settings-form[data-outloud-ready=\"true\"]");
        WebElement profile = form.findElement(By.id("outloud-department-source-profile"));
        WebElement groups = form.findElement(By.id("outloud-department-source-groups"));
        assertTrue(profile.isSelected(), "profiles by default");

        tabTo(session, profile);
        Actions keyboard = new Actions(session.driver());
        keyboard.sendKeys(Keys.ARROW_DOWN).perform(); // radio buttons: the arrow keys choose
        assertTrue(groups.isSelected());
        WebElement mapping = form.findElement(By.id("outloud-department-groups"));
        tabTo(session, mapping);
        keyboard.sendKeys("grp-finance = Finance & Control").sendKeys(Keys.ENTER).sendKeys("grp-engineering = Engineering").perform();
        tabTo(session, form.findElement(By.id("outloud-settings-save")));
        keyboard.sendKeys(Keys.ENTER).perform();
        session.waitUntil(d -> "Saved.".equals(form.findElement(By.cssSelector(".outloud-settings-message")).getText().trim()));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.screenshot("settings-departments");

        mapping.sendKeys(Keys.ENTER, "no equals sign");
        form.findElement(By.id("outloud-settings-save")).sendKeys(Keys.ENTER);
        session.waitUntil(d -> form.findElement(By.cssSelector(".outloud-settings-message")).getText().startsWith("Line 3 of the groups"));
        assertTrue(session.jsErrors().stream().allMatch(e -> e.contains("status of 400")), "only the refused save: " + session.jsErrors());
        session.clearJsErrors();

        session.open(E2E.viewPath(welcomeId)); // the mapping saved before the bad line stays in force
        E2E.readyBlocks(session, 4);
        java.util.List<String> departments = session.driver().findElements(By.cssSelector(".outloud-block-author-department")).stream()
                .map(e -> e.getText().trim()).toList();
        assertTrue(departments.contains("Finance & Control"), "Chlo\u00e9, in grp-finance: " + departments);
        assertTrue(departments.contains("no department"), "Eva is in no mapped group: " + departments);
        session.assertNoJsErrors();
    }
}
