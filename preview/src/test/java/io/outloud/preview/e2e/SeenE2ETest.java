package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.PreviewUser;
import io.outloud.settings.SettingsStore;
import io.outloud.wol.SeenStore;
import io.outloud.wol.ao.AoViewer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Seen-by in the browser: a block far down the page is not recorded until it has been in view for a moment; then
 * the view reaches the database and the block's line updates without a reload. The author sees who saw it, 20 names
 * at a time, with "Show more" for the rest.
 */
class SeenE2ETest extends PreviewBrowserTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aBlockScrolledIntoView_isRecordedAfterAMoment_andItsLineUpdates(BrowserSession session) throws Exception {
        long pageId = server.hosts().pages().create(DemoContent.TEAM, "A long page", longPage(), "8a7f80a1-eva");
        E2E.startAs(session, "alice");
        session.open(E2E.viewPath(pageId));
        E2E.readyBlocks(session, 1);
        WebElement block = session.driver().findElement(By.cssSelector(E2E.BLOCK));
        String macroId = block.getAttribute("data-macro-id");
        assertEquals("Not seen by colleagues yet", line(block));

        Thread.sleep(2500); // longer than the dwell time: the block is below the fold, so nothing is sent
        assertNull(block.getAttribute("data-seen-state"), "not in view, not seen");
        assertEquals(0, viewers(pageId, macroId));

        session.executeScript("arguments[0].scrollIntoView({block: 'center'});", block);
        session.waitUntil(d -> "recorded".equals(block.getAttribute("data-seen-state")));

        assertEquals(1, viewers(pageId, macroId), "the view is in the database");
        assertEquals("Seen by a few colleagues in a few departments", line(block), "one viewer is below the minimum group size");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.reload(session);
        E2E.readyBlocks(session, 1);
        assertEquals("Seen by a few colleagues in a few departments",
                line(session.driver().findElement(By.cssSelector(E2E.BLOCK))), "rendered from the server after a reload");
    }

    @Test
    void eva_showsMoreNamesOfWhoSawHerBlock_withTheKeyboard(BrowserSession session) {
        long pageId = server.hosts().pages().create(DemoContent.TEAM, "Seen by many", "<ac:structured-macro ac:name=\"working-out-loud\" "
                + "ac:schema-version=\"1\" ac:macro-id=\"seen-more\"><ac:parameter ac:name=\"working-on\">Seen by many</ac:parameter>"
                + "<ac:rich-text-body><p>Look</p></ac:rich-text-body></ac:structured-macro>", "8a7f80a1-eva");
        SeenStore views = server.hosts().plugin().bean(SeenStore.class);
        for (int i = 0; i < 23; i++) {
            server.hosts().users().save(new PreviewUser("seen-key-" + i, "seen" + i, "Seen Colleague " + i, null, "Department " + (i % 4), "Tester", false));
            views.record(pageId, "seen-more", "seen-key-" + i, "Department " + (i % 4), LocalDate.of(2026, 12, 1), T0.plusSeconds(i));
        }
        SettingsStore settings = server.hosts().plugin().bean(SettingsStore.class);
        settings.putSiteSetting("seen.names-to-authors", "true");
        try {
            E2E.startAs(session, "eva");
            session.open(E2E.viewPath(pageId));
            E2E.readyBlocks(session, 1);
            WebElement block = session.driver().findElement(By.cssSelector(E2E.BLOCK));
            block.findElement(By.cssSelector(".outloud-seen-who")).sendKeys(Keys.ENTER);
            String names = ".outloud-seen-names > li";
            session.waitUntil(d -> block.findElements(By.cssSelector(names)).size() == 20);
            WebElement more = block.findElement(By.cssSelector(".outloud-seen-more"));
            session.waitUntil(d -> more.isDisplayed());
            assertEquals("Show more names", more.getText().trim());
            session.assertNoSeriousViolations();

            more.sendKeys(Keys.ENTER);

            session.waitUntil(d -> block.findElements(By.cssSelector(names)).size() == 23);
            List<WebElement> shown = block.findElements(By.cssSelector(names));
            List<String> texts = shown.stream().map(WebElement::getText).toList();
            assertEquals(23, new HashSet<>(texts).size(), "each name once: " + texts);
            assertEquals("Seen Colleague 22 (Department 2)", texts.get(0), "latest first");
            assertEquals("Seen Colleague 0 (Department 0)", texts.get(22));
            assertFalse(more.isDisplayed(), "nothing more to show");
            assertEquals(shown.get(20), session.driver().switchTo().activeElement(), "the keyboard goes on at the first name it brought");
            assertEquals("", block.findElement(By.cssSelector(".outloud-seen-message")).getText());
            session.assertNoJsErrors();
            session.assertNoSeriousViolations();
        } finally {
            settings.putSiteSetting("seen.names-to-authors", "false");
        }
    }

    private static int viewers(long pageId, String macroId) {
        return server.hosts().activeObjects().count(AoViewer.class, "PAGE_ID = ? AND MACRO_ID = ?", pageId, macroId);
    }

    private static String line(WebElement block) {
        return block.findElement(By.cssSelector(".outloud-seen-line")).getText().trim();
    }

    private static String longPage() {
        StringBuilder storage = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            storage.append("<p>Paragraph ").append(i).append(" of the introduction.</p>");
        }
        return storage.append("<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"seen-e2e-1\">")
                .append("<ac:parameter ac:name=\"status\">in-progress</ac:parameter>")
                .append("<ac:rich-text-body><p>Far down the page.</p></ac:rich-text-body></ac:structured-macro>").toString();
    }
}
