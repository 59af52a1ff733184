package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person chooses their rhythm on their preferences page at 320 px: the form shows the cadences the server keeps,
 * saves a change by keyboard-reachable controls, keeps it on reload, fits the width, and is axe-clean.
 */
class RhythmE2ETest extends PreviewBrowserTest {

    @Test
    void aPersonMakesRepliesDaily_andAsksForTheFridayNudge_at320px(BrowserSession session) {
        session.driver().manage().window().setSize(new Dimension(320, 800));
        try {
            E2E.startAs(session, "eva");
            session.open("/plugins/servlet/outloud/me");
            WebElement form = session.waitForPresent("#outloud-rhythm[data-rhythm-loaded=\"true\"]");
            assertEquals("weekly", new Select(form.findElement(By.id("outloud-rhythm-community-asks"))).getFirstSelectedOption().getAttribute("value"));
            assertTrue(form.findElement(By.id("outloud-rhythm-weekly-digest")).isSelected());
            WebElement nudge = form.findElement(By.id("outloud-rhythm-friday-nudge"));
            assertFalse(nudge.isSelected(), "the nudge is off by default");

            new Select(form.findElement(By.id("outloud-rhythm-replies"))).selectByValue("daily");
            form.findElement(By.cssSelector("label[for=\"outloud-rhythm-friday-nudge\"]")).click(); // AUI draws the box over the input
            form.findElement(By.id("outloud-rhythm-save")).click();
            session.waitUntil(d -> "Saved.".equals(form.findElement(By.cssSelector(".outloud-rhythm-message")).getText().trim()));
            assertEquals(List.of(), session.executeScript("return Array.from(document.querySelectorAll('#outloud-rhythm *'))"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                    + ".map(e => e.tagName + '#' + e.id);"), "nothing of the form reaches past the right edge at 320 px");
            session.assertNoJsErrors();
            session.assertNoSeriousViolations();
            session.screenshot("rhythm-preferences-320");

            E2E.reload(session);
            WebElement again = session.waitForPresent("#outloud-rhythm[data-rhythm-loaded=\"true\"]");
            assertEquals("daily", new Select(again.findElement(By.id("outloud-rhythm-replies"))).getFirstSelectedOption().getAttribute("value"));
            assertTrue(again.findElement(By.id("outloud-rhythm-friday-nudge")).isSelected());
            session.assertNoJsErrors();
        } finally {
            session.driver().manage().window().setSize(new Dimension(1280, 1024));
        }
    }
}
