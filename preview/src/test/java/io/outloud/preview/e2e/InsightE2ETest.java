package io.outloud.preview.e2e;

import io.outloud.preview.InsightRollups;
import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-department insight in a browser: the site admin chooses "help accepted" and sees Marketing to Engineering help
 * in its cell of the table and of the chart, and the small Finance to HR cell shown as suppressed, not as zero; the page
 * is axe-clean in the light and the dark theme, and at 320 px nothing but the scrolling charts and tables is wider than
 * the screen.
 */
class InsightE2ETest extends PreviewBrowserTest {
    private static final String PAGE = "/plugins/servlet/outloud/insight";

    @Test
    void theSiteAdmin_seesMarketingToEngineeringHelp_andASuppressedSmallCell(BrowserSession session) {
        InsightRollups.seed(server.hosts().activeObjects(), "");
        E2E.startAs(session, "admin");
        session.open(PAGE);
        new Select(session.waitFor("#outloud-insight-kind")).selectByValue("help-accepted");
        new Select(session.waitFor("#outloud-insight-weeks")).selectByValue("12");
        WebElement show = session.driver().findElement(By.cssSelector(".outloud-insight-form button[type=submit]"));
        E2E.navigatesAway(session, show::click);

        WebElement cell = session.waitFor("td[data-from=\"Marketing\"][data-to=\"Engineering\"]");
        assertEquals("7", cell.getText().trim());
        WebElement small = session.driver().findElement(By.cssSelector("td[data-from=\"Finance\"][data-to=\"HR\"]"));
        assertEquals("true", small.getAttribute("data-suppressed"));
        assertEquals("suppressed (too few people)", small.getText().trim());
        List<String> titles = session.driver().findElements(By.cssSelector("svg.outloud-insight-matrix g > title")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        assertTrue(titles.contains("From Marketing to Engineering: 7"), titles.toString());
        assertTrue(titles.contains("From Finance to HR: suppressed (too few people)"), titles.toString());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.screenshot("insight-light");

        E2E.chooseTheme(session, "dark");
        session.open(PAGE + "?weeks=12&kind=help-accepted");
        session.waitFor("td[data-from=\"Marketing\"][data-to=\"Engineering\"]");
        session.assertNoSeriousViolations();
        session.screenshot("insight-dark");
        E2E.chooseTheme(session, "light");

        session.driver().manage().window().setSize(new Dimension(320, 800));
        try {
            session.open(PAGE + "?weeks=12&kind=help-accepted");
            session.waitFor("td[data-from=\"Marketing\"][data-to=\"Engineering\"]");
            session.screenshot("insight-320");
            assertEquals(List.of(), session.executeScript("return Array.from(document.querySelectorAll('.outloud-insight *'))"
                    + ".filter(e => !e.closest('.outloud-insight-chart, .outloud-insight-table-wrap'))"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                    + ".map(e => e.tagName + '.' + e.className);"), "at 320 px only the charts and tables scroll");
            session.assertNoSeriousViolations();
        } finally {
            session.driver().manage().window().setSize(new Dimension(1280, 1024));
        }
    }
}
