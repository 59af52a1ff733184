package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import io.outloud.wol.ao.AoViewer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Seen-by in the browser: a block far down the page is not recorded until it has been in view for a moment; then
 * the view reaches the database and the block's line updates without a reload.
 */
class SeenE2ETest extends PreviewBrowserTest {

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
