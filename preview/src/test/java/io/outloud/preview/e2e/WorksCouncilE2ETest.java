package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Works-council mode in the browser: a setting the organisation's agreement fixes is shown read-only with the reason,
 * the other settings still save, the change is in the privacy audit under the form, and the data-protection statement
 * linked from the page reads well and passes axe in the light and the dark theme.
 */
class WorksCouncilE2ETest extends PreviewBrowserTest {
    private static final String LOCK = "outloud.seen.min-group-size";

    @AfterEach
    void unlock() {
        System.clearProperty(LOCK);
    }

    @Test
    void aFixedSettingIsReadOnly_theAuditListsTheChange_andTheStatementPassesAxeInBothThemes(BrowserSession session) {
        System.setProperty(LOCK, "8");
        E2E.startAs(session, "admin");
        session.open("/plugins/servlet/outloud/admin");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("authenticate-confirm")).click());
        WebElement form = session.waitForPresent("#outloud-settings-form[data-outloud-ready=\"true\"]");
        WebElement size = form.findElement(By.id("outloud-min-group-size"));
        assertNotNull(size.getAttribute("readonly"), "fixed by the agreement");
        assertEquals("8", size.getAttribute("value"));
        assertEquals("Set by your organisation's agreement.", form.findElement(By.id("outloud-min-group-size-locked")).getText().trim());

        form.findElement(By.cssSelector("label[for=\"outloud-names-to-authors\"]")).click(); // AUI draws the box over the input
        form.findElement(By.id("outloud-settings-save")).click();
        session.waitUntil(d -> "Saved.".equals(form.findElement(By.cssSelector(".outloud-settings-message")).getText().trim()));
        E2E.reload(session);
        WebElement audit = session.waitForPresent("#outloud-audit[data-audit-state=\"shown\"]");
        String first = audit.findElement(By.cssSelector(".outloud-audit-entry")).getText();
        assertTrue(first.contains("Privacy setting changed") && first.contains("Authors may see the names of colleagues who saw their blocks: "), first);
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.screenshot("works-council-settings");

        E2E.navigatesAway(session, () -> session.waitFor("#outloud-data-protection-link").click());
        WebElement statement = session.waitFor("#outloud-data-protection");
        assertTrue(statement.getText().contains("fewer than 8 people show as"), statement.getText());
        for (String theme : new String[]{"light", "dark"}) {
            E2E.chooseTheme(session, theme);
            session.waitFor("#outloud-data-protection");
            assertEquals(theme, session.driver().findElement(By.tagName("html")).getAttribute("data-color-mode"));
            session.assertNoJsErrors();
            session.assertNoSeriousViolations();
            session.screenshot("works-council-statement-" + theme);
        }
        E2E.chooseTheme(session, "light");
    }
}
