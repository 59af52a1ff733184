package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stream page in a browser: rendered items, "more" without a reload, links that land on the block, axe-clean. */
class StreamE2ETest extends PreviewBrowserTest {
    private static final String SITE_STREAM = "section[data-outloud-macro=\"working-out-loud-stream\"][data-outloud-ready=\"true\"]";

    @Test
    void more_loadsTheNextPageWithoutAReload_andItemsLinkToTheirBlocks(BrowserSession session) {
        E2E.startAs(session, "alice");
        session.open(E2E.viewPath(E2E.pageId(server, DemoContent.TEAM, DemoContent.STREAM)));
        session.waitUntil(d -> d.findElements(By.cssSelector(SITE_STREAM)).size() == 2);
        WebElement site = session.driver().findElements(By.cssSelector(SITE_STREAM)).get(0);
        WebElement stuck = session.driver().findElements(By.cssSelector(SITE_STREAM)).get(1);
        assertEquals(3, items(site).size(), "the first page: limit 3");
        assertEquals(1, items(stuck).size());
        assertTrue(stuck.getText().contains("Exporting survey results to our data warehouse"), stuck.getText());
        assertTrue(stuck.getText().contains("Farid El Amrani"));
        assertTrue(stuck.getText().contains("Research"));
        assertFalse(stuck.findElement(By.cssSelector(".outloud-stream-more")).isDisplayed(), "nothing more to load");

        session.executeScript("window.__e2eSameDocument = true;");
        WebElement more = site.findElement(By.cssSelector(".outloud-stream-more"));
        assertTrue(more.isDisplayed());
        more.click();
        session.waitUntil(d -> items(site).size() == 6);
        assertTrue(more.isDisplayed(), "one more to come");
        more.click();
        session.waitUntil(d -> items(site).size() == 7); // 6 in TEAM (one on the Data curious page) + 1 in ENG, which alice may view
        assertEquals(Boolean.TRUE, session.executeScript("return window.__e2eSameDocument === true;"), "no page reload");
        session.waitUntil(d -> !more.isDisplayed());
        List<String> links = items(site).stream().map(i -> i.findElement(By.cssSelector("a.outloud-stream-link")).getAttribute("href")).toList();
        assertEquals(7, new HashSet<>(links).size(), "no item twice: " + links);
        assertTrue(items(site).get(6).getText().contains("Which onboarding questions come up most"), "the oldest block comes last");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations(); // with the loaded items

        WebElement link = stuck.findElement(By.cssSelector("a.outloud-stream-link"));
        String anchor = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
        assertTrue(anchor.startsWith("outloud-block-"), anchor);
        E2E.navigatesAway(session, link::click);
        WebElement target = session.waitForPresent("#" + anchor);
        assertTrue(target.getAttribute("class").contains("outloud-status-stuck"), "landed on the stuck block");
        assertTrue(session.driver().getCurrentUrl().contains("pageId=" + welcomeId), session.driver().getCurrentUrl());
        session.assertNoJsErrors();
    }

    private static List<WebElement> items(WebElement stream) {
        return stream.findElements(By.cssSelector(".outloud-stream-item"));
    }
}
