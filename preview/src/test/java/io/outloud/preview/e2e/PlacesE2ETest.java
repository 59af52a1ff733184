package io.outloud.preview.e2e;

import io.outloud.preview.browser.Axe;
import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The places the app takes in Confluence, drawn by the preview from the descriptor's web-items and their conditions:
 * the "Out Loud" section of the user menu walked by keyboard to each of its pages, and the settings in the admin
 * sidebar's apps section for site admins only; the open menu passes axe in the light and the dark theme at 390 px.
 */
class PlacesE2ETest extends PreviewBrowserTest {

    private record Place(String linkId, String path, String title) {
    }

    private static final List<Place> USER_MENU = List.of(
            new Place("outloud-menu-home", "/plugins/servlet/outloud/home", "My Out Loud"),
            new Place("outloud-menu-requests", "/plugins/servlet/outloud/requests", "My requests to share"),
            new Place("outloud-menu-thoughts", "/plugins/servlet/outloud/thoughts", "My open thoughts"),
            new Place("outloud-menu-communities", "/plugins/servlet/outloud/communities", "My communities"),
            new Place("outloud-menu-following", "/plugins/servlet/outloud/following", "What I follow"),
            new Place("outloud-menu-preferences", "/plugins/servlet/outloud/me", "My Out Loud preferences"));

    @Test
    void aPersonWalksTheUserMenuByKeyboard_toEachOfTheirPages(BrowserSession session) {
        E2E.startAs(session, "chloe");
        for (int i = 0; i < USER_MENU.size(); i++) {
            Place place = USER_MENU.get(i);
            openMenuByKeyboard(session);
            for (int down = 0; down < i; down++) {
                session.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            }
            WebElement focused = session.driver().switchTo().activeElement();
            assertEquals(place.linkId(), focused.getAttribute("id"), "the keyboard reaches " + place.title());
            E2E.navigatesAway(session, () -> focused.sendKeys(Keys.ENTER));
            assertTrue(session.driver().getCurrentUrl().endsWith(place.path()), session.driver().getCurrentUrl());
            assertEquals(place.title(), session.waitFor("#title-text").getText().trim());
            session.assertNoJsErrors();
        }
        assertTrue(session.driver().findElements(By.id("admin-console-link")).isEmpty(), "no administration for Chloe");
        assertTrue(session.driver().findElements(By.id("outloud-admin-settings")).isEmpty());
    }

    @Test
    void myCommunities_listsWhereIBelong_withMyPlaceInEach(BrowserSession session) {
        E2E.startAs(session, "dirk");
        openMenuByKeyboard(session);
        for (int down = 0; down < 3; down++) {
            session.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        E2E.navigatesAway(session, () -> session.driver().switchTo().activeElement().sendKeys(Keys.ENTER));
        List<WebElement> items = session.driver().findElements(By.cssSelector(".outloud-community-mine"));
        assertTrue(!items.isEmpty(), "Dirk leads a demo community");
        assertTrue(items.stream().anyMatch(i -> i.findElement(By.cssSelector(".outloud-community-mine-place")).getText().equalsIgnoreCase("Lead")),
                items.get(0).getText());
        E2E.navigatesAway(session, () -> items.get(0).findElement(By.cssSelector("a.outloud-community-mine-name")).sendKeys(Keys.ENTER));
        session.assertNoJsErrors();
    }

    @Test
    void theSiteAdminReachesTheSettingsFromTheAdminSidebar_andOthersDoNotSeeIt(BrowserSession session) {
        E2E.startAs(session, "");
        assertTrue(session.driver().findElements(By.id("user-menu-link")).isEmpty(), "no user menu for anonymous readers");

        E2E.actAs(session, "admin", "en");
        E2E.navigatesAway(session, () -> session.waitFor("#admin-console-link").sendKeys(Keys.ENTER));
        WebElement settings = session.waitFor("nav[aria-label=\"Administration\"] #outloud-admin-settings");
        assertEquals("Out Loud", settings.getText().trim());
        E2E.navigatesAway(session, () -> settings.sendKeys(Keys.ENTER));
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("authenticate-confirm")).sendKeys(Keys.ENTER));
        session.waitForPresent("#outloud-settings-form[data-outloud-ready=\"true\"]");
        assertTrue(session.driver().findElements(By.cssSelector("nav[aria-label=\"Administration\"] #outloud-admin-settings")).size() == 1,
                "the settings page is decorated as an admin page, with the sidebar");
        // The settings' first answer (403 before the secure session) is logged as an error once the next document loads.
        E2E.navigatesAway(session, () -> session.driver().get(session.url("/admin")));
        session.clearJsErrors();
        assertEquals("Out Loud", session.waitFor("#outloud-admin-settings").getText().trim());
    }

    @Test
    void theOpenUserMenu_passesAxeInBothThemes_at390px(BrowserSession session) {
        session.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            E2E.startAs(session, "alice", "de");
            List<String> failures = new ArrayList<>();
            for (String theme : List.of("dark", "light")) {
                new Select(session.waitFor("#switch-theme")).selectByValue(theme);
                WebElement apply = session.driver().findElement(By.id("switch-theme-submit"));
                E2E.navigatesAway(session, () -> apply.sendKeys(Keys.ENTER));
                openMenuByKeyboard(session);
                assertEquals("Mein Out Loud", session.driver().switchTo().activeElement().getText().trim());
                assertEquals(List.of(), session.executeScript("return Array.from(document.querySelectorAll('#header *, #user-menu-link-content *'))"
                        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className);"), "nothing of the header and its menu reaches past the right edge at 390 px (the home page's own table is #15.7's)");
                Axe.check(session.driver()).violations().forEach(v -> v.nodes().forEach(n ->
                        failures.add(theme + ": " + v.id() + " at " + String.join(" ", n.target()))));
                session.screenshot("places-" + theme + "-390-user-menu");
                session.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            }
            assertEquals(List.of(), failures);
        } finally {
            session.driver().manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    /** Focuses the person's name in the header and opens the menu with Enter: AUI then focuses the first item. */
    private static void openMenuByKeyboard(BrowserSession session) {
        WebElement trigger = session.waitFor("#user-menu-link");
        session.executeScript("arguments[0].focus();", trigger);
        trigger.sendKeys(Keys.ENTER);
        session.waitUntil(d -> "true".equals(trigger.getAttribute("aria-expanded")));
        session.waitUntil(d -> {
            WebElement active = d.switchTo().activeElement();
            return active.getAttribute("id") != null && active.getAttribute("id").startsWith("outloud-menu-");
        });
    }
}
