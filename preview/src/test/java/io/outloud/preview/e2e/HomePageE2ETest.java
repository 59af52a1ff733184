package io.outloud.preview.e2e;

import io.outloud.preview.browser.Axe;
import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer's first page: "Start here" names whom to act as for each guide and takes them there by keyboard; the
 * People table shows each avatar at AUI's small size; at 390 px nothing reaches past the right edge, in both themes.
 */
class HomePageE2ETest extends PreviewBrowserTest {
    @Test
    void startHere_switchesToThePersonOfAGuide_andOpensItsPlace_byKeyboard(BrowserSession session) {
        E2E.startAs(session, "", "en");
        List<WebElement> guides = session.driver().findElements(By.cssSelector(".outloud-preview-guides li"));
        assertEquals(6, guides.size(), "one line per guide of the README");
        List<?> avatars = (List<?>) session.executeScript("return Array.from(document.querySelectorAll('.outloud-preview-person img'))"
                + ".map(i => Math.round(i.getBoundingClientRect().width) + 'x' + Math.round(i.getBoundingClientRect().height));");
        assertEquals(7, avatars.size());
        avatars.forEach(size -> assertEquals("24x24", size, "AUI's small avatar: " + avatars));
        session.assertNoSeriousViolations();
        session.screenshot("home-start-here");

        WebElement farid = session.driver().findElement(By.cssSelector("#guide-working-out-loud button"));
        assertEquals("Act as Farid El Amrani", farid.getText().trim());
        E2E.navigatesAway(session, () -> farid.sendKeys(Keys.ENTER));
        assertEquals("farid", session.waitForPresent("meta[name=\"ajs-remote-user\"]").getAttribute("content"));
        assertEquals(String.valueOf(E2E.pageId(server, DemoContent.TEAM, DemoContent.WELCOME)),
                session.driver().findElement(By.cssSelector("meta[name=\"ajs-page-id\"]")).getAttribute("content"));
        E2E.readyBlocks(session, 4);
        E2E.viewsSettled(session);
        session.assertNoJsErrors();
    }

    @Test
    void theHomePage_holdsAt390px_inBothThemes(BrowserSession session) {
        session.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            E2E.startAs(session, "eva", "nl");
            List<String> failures = new ArrayList<>();
            for (String theme : List.of("dark", "light")) {
                E2E.chooseTheme(session, theme);
                assertEquals(List.of(), session.executeScript("return Array.from(document.querySelectorAll('#main-content *, #header *'))"
                        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1"
                        + " || (e.closest('#main-content') && e.getBoundingClientRect().left < -1))"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className);"), theme + ": nothing reaches past the right edge, nor the content past the left, at 390 px");
                assertTrue((Boolean) session.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
                        theme + ": no horizontal scroll");
                Axe.check(session.driver()).violations().forEach(v -> v.nodes().forEach(n ->
                        failures.add(theme + ": " + v.id() + " at " + String.join(" ", n.target()))));
                session.screenshot("home-" + theme + "-390");
            }
            assertEquals(List.of(), failures);
        } finally {
            session.driver().manage().window().setSize(new Dimension(1280, 1024));
        }
    }
}
