package io.outloud.preview.e2e;

import io.outloud.preview.browser.Axe;
import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * My Out Loud in the browser: Bruno opens his page from the first item of the user menu, it passes axe in the light and
 * the dark theme and fits 320 px, he dismisses the suggested next step by keyboard and it stays gone after a reload, and
 * he turns suggestions off and on again with the switch.
 */
class MyOutLoudE2ETest extends PreviewBrowserTest {
    private static final String READY = ".outloud-home[data-outloud-ready=\"true\"]";

    @Test
    void brunosPage_isAxeCleanInBothThemes_at320px_andADismissedNextStepStaysGone(BrowserSession session) {
        E2E.startAs(session, "bruno");
        WebElement trigger = session.waitFor("#user-menu-link");
        session.executeScript("arguments[0].focus();", trigger);
        trigger.sendKeys(Keys.ENTER);
        session.waitUntil(d -> "outloud-menu-home".equals(d.switchTo().activeElement().getAttribute("id")));
        E2E.navigatesAway(session, () -> session.driver().switchTo().activeElement().sendKeys(Keys.ENTER));
        assertTrue(session.driver().getCurrentUrl().endsWith("/plugins/servlet/outloud/home"), session.driver().getCurrentUrl());
        assertEquals("My Out Loud", session.waitFor("#title-text").getText().trim());
        session.waitForPresent(READY);
        session.screenshot("my-out-loud-light-1280");

        session.driver().manage().window().setSize(new Dimension(320, 800));
        try {
            List<String> failures = new ArrayList<>();
            for (String theme : List.of("dark", "light")) {
                E2E.chooseTheme(session, theme);
                session.waitForPresent(READY);
                assertEquals(List.of(), session.executeScript("return Array.from(document.querySelectorAll('.outloud-home *'))"
                        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                        + ".map(e => e.tagName + '.' + e.className);"), "nothing of the page reaches past the right edge at 320 px (" + theme + ")");
                Axe.check(session.driver()).violations().forEach(v -> v.nodes().forEach(n ->
                        failures.add(theme + ": " + v.id() + " at " + String.join(" ", n.target()))));
                session.screenshot("my-out-loud-" + theme + "-320");
            }
            assertEquals(List.of(), failures);
        } finally {
            session.driver().manage().window().setSize(new Dimension(1280, 1024));
        }

        WebElement next = session.waitFor(".outloud-home-next");
        String step = next.getAttribute("data-step");
        WebElement dismiss = next.findElement(By.cssSelector(".outloud-home-next-dismiss"));
        session.executeScript("arguments[0].focus();", dismiss);
        dismiss.sendKeys(Keys.ENTER);
        session.waitUntil(d -> d.findElements(By.cssSelector(".outloud-home-next[data-step=\"" + step + "\"]")).isEmpty());
        assertEquals("Fine, we will not suggest that again.", E2E.text(session, ".outloud-home-message"));
        assertEquals("outloud-home-path-title", session.driver().switchTo().activeElement().getAttribute("id"), "focus moves on to the path");
        session.assertNoJsErrors();

        E2E.reload(session);
        session.waitForPresent(READY);
        assertTrue(session.driver().findElements(By.cssSelector(".outloud-home-next[data-step=\"" + step + "\"]")).isEmpty(),
                "the dismissed step stays gone after a reload");

        WebElement toggle = session.waitFor("#outloud-home-suggestions");
        assertTrue(toggle.isSelected());
        toggle.sendKeys(Keys.SPACE);
        session.waitUntil(d -> "Suggestions are off.".equals(d.findElement(By.cssSelector(".outloud-home-message")).getText().trim()));
        assertTrue(session.driver().findElements(By.cssSelector(".outloud-home-next")).isEmpty());
        E2E.reload(session);
        assertFalse(session.waitFor("#outloud-home-suggestions").isSelected(), "the switch is remembered");
        assertTrue(session.driver().findElements(By.cssSelector(".outloud-home-next")).isEmpty());
        session.waitForPresent(READY);
        session.waitFor("#outloud-home-suggestions").sendKeys(Keys.SPACE);
        session.waitUntil(d -> "Suggestions are on.".equals(d.findElement(By.cssSelector(".outloud-home-message")).getText().trim()));
        session.assertNoJsErrors();
    }
}
