package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person downloads their data from their preferences page and watches its progress; a site admin, in the secure
 * administrator session, erases another person from the page next to the settings, after typing the username again.
 */
class PersonalDataE2ETest extends PreviewBrowserTest {

    @Test
    void aPersonDownloadsTheirData_withItsProgress(BrowserSession session) {
        E2E.startAs(session, "farid");
        session.open("/plugins/servlet/outloud/me");
        WebElement download = session.waitFor("#outloud-my-data-download");
        download.click();
        session.waitUntil(d -> "Downloaded.".equals(d.findElement(By.id("outloud-my-data-message")).getText().trim()));
        WebElement progress = session.driver().findElement(By.id("outloud-my-data-progress"));
        assertTrue(progress.isDisplayed(), "the progress bar shows");
        assertEquals(progress.getAttribute("max"), progress.getAttribute("value"), "and is full");
        assertTrue(download.isEnabled(), "the button works again");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
    }

    @Test
    void aSiteAdminErasesAPerson_afterTypingTheUsernameAgain(BrowserSession session) {
        E2E.startAs(session, "admin");
        session.open("/plugins/servlet/outloud/admin");
        assertTrue(session.driver().getCurrentUrl().contains("/authenticate.action"), "first the secure administrator session");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("authenticate-confirm")).click());
        E2E.navigatesAway(session, () -> session.waitFor("#outloud-person-data-link").click());
        WebElement form = session.waitFor("#outloud-person-data-form");
        form.findElement(By.id("outloud-person-username")).sendKeys("chloe");
        form.findElement(By.cssSelector("label[for=\"outloud-texts-delete\"]")).click();
        form.findElement(By.id("outloud-person-erase")).click();
        WebElement confirmBox = session.waitFor("#outloud-erase-confirm");
        WebElement confirmName = form.findElement(By.id("outloud-erase-confirm-username"));
        assertEquals(confirmName, session.driver().switchTo().activeElement(), "the keyboard is in the confirmation");
        session.assertNoSeriousViolations();

        confirmName.sendKeys(Keys.ESCAPE);
        session.waitUntil(d -> !confirmBox.isDisplayed());
        form.findElement(By.id("outloud-person-erase")).click();
        session.waitFor("#outloud-erase-confirm");
        confirmName.sendKeys("chlo");
        form.findElement(By.id("outloud-erase-confirmed")).click();
        session.waitUntil(d -> d.findElement(By.id("outloud-person-erase-message")).getText().contains("username again"));
        assertTrue(confirmBox.isDisplayed(), "a wrong confirmation erases nothing");
        session.clearJsErrors(); // the browser logs the refusal (400) it was meant to get

        confirmName.sendKeys("e");
        form.findElement(By.id("outloud-erase-confirmed")).click();
        session.waitUntil(d -> d.findElement(By.id("outloud-person-erase-message")).getText().contains("no longer holds anything about chloe"));
        assertFalse(confirmBox.isDisplayed());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.screenshot("person-data-page");
    }
}
