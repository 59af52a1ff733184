package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoCommunities;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following in a browser: Bruno follows the community Data curious from its page and Farid from his block (by keyboard),
 * then switches the stream to "Following" and sees Farid's block and the community's block, and no one else's; the
 * buttons and the stream stay axe-clean in the light and the dark theme.
 */
class FollowE2ETest extends PreviewBrowserTest {
    private static final String SITE_STREAM = "section[data-outloud-macro=\"working-out-loud-stream\"][data-outloud-ready=\"true\"]";
    private static final String FOLLOW_COMMUNITY = ".outloud-follow[data-follow-kind=\"community\"][data-follow-target=\"data-curious\"]";
    private static final String FOLLOW_FARID = ".outloud-follow[data-follow-kind=\"person\"][data-follow-target=\"farid\"]";

    @Test
    void brunoFollowsDataCuriousAndFarid_andTheFollowingStreamShowsTheirBlocksOnly(BrowserSession session) {
        E2E.startAs(session, "bruno");
        session.open(E2E.viewPath(E2E.pageId(server, DemoContent.TEAM, DemoCommunities.DATA)));
        WebElement community = session.waitFor(".outloud-community-actions " + FOLLOW_COMMUNITY);
        assertEquals("false", community.getAttribute("aria-pressed"));
        assertEquals("Follow this community", community.getText().trim());
        community.click();
        session.waitUntil(d -> "true".equals(community.getAttribute("aria-pressed")));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        session.open(E2E.viewPath(welcomeId));
        WebElement farid = session.waitFor(FOLLOW_FARID);
        assertEquals("Follow Farid El Amrani", farid.getText().trim());
        assertEquals("false", farid.getAttribute("aria-pressed"));
        farid.sendKeys(Keys.SPACE); // by keyboard
        session.waitUntil(d -> "true".equals(farid.getAttribute("aria-pressed")));
        E2E.viewsSettled(session);

        session.open(E2E.viewPath(E2E.pageId(server, DemoContent.TEAM, DemoContent.STREAM)));
        session.waitUntil(d -> d.findElements(By.cssSelector(SITE_STREAM)).size() == 2);
        WebElement site = session.driver().findElements(By.cssSelector(SITE_STREAM)).get(0);
        WebElement following = site.findElement(By.cssSelector(".outloud-stream-filter-button[data-filter=\"following\"]"));
        assertEquals("false", following.getAttribute("aria-pressed"));
        following.click();
        session.waitUntil(d -> "true".equals(following.getAttribute("aria-pressed")) && texts(site).size() == 2);
        List<String> shown = texts(site);
        assertTrue(shown.stream().anyMatch(t -> t.contains("Exporting survey results to our data warehouse")), "Farid's block: " + shown);
        assertTrue(shown.stream().anyMatch(t -> t.contains("Which dashboards people actually open")), "the community's block: " + shown);
        for (String other : List.of("A glossary of finance terms", "New hire buddy programme", "Which onboarding questions come up most")) {
            assertFalse(shown.stream().anyMatch(t -> t.contains(other)), other + ": " + shown);
        }
        assertEquals("false", site.findElement(By.cssSelector(".outloud-stream-filter-button[data-filter=\"\"]")).getAttribute("aria-pressed"));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.chooseTheme(session, "dark");
        session.waitUntil(d -> d.findElements(By.cssSelector(SITE_STREAM)).size() == 2);
        session.assertNoSeriousViolations();
        session.open(E2E.viewPath(welcomeId));
        session.waitUntil(d -> "true".equals(d.findElement(By.cssSelector(FOLLOW_FARID)).getAttribute("aria-pressed")));
        session.assertNoSeriousViolations();
        E2E.viewsSettled(session);

        // What Bruno follows, on a page of its own (dark still): he stops following Farid there; reloaded, only the
        // community is left.
        session.open("/plugins/servlet/outloud/following");
        WebElement faridThere = session.waitFor(".outloud-following " + FOLLOW_FARID);
        session.waitUntil(d -> faridThere.isDisplayed() && "true".equals(faridThere.getAttribute("aria-pressed")));
        session.assertNoSeriousViolations();
        faridThere.click();
        session.waitUntil(d -> "false".equals(faridThere.getAttribute("aria-pressed")));
        session.open("/plugins/servlet/outloud/following");
        session.waitFor(".outloud-following-item");
        assertEquals(List.of("Data curious"), session.driver().findElements(By.cssSelector(".outloud-following-name")).stream()
                .map(WebElement::getText).toList());
        session.screenshot("following-dark");
        session.assertNoJsErrors();
        E2E.chooseTheme(session, "light");
        session.assertNoJsErrors();
    }

    private static List<String> texts(WebElement stream) {
        return stream.findElements(By.cssSelector(".outloud-stream-item")).stream().map(WebElement::getText).toList();
    }
}
