package io.outloud.preview.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import io.outloud.preview.browser.BrowserSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dutch, end to end: texts rendered on the server by the macro, texts the block script shows (filled in by the
 * jsI18n transformer per locale), and error messages of the REST resource.
 */
class LanguageE2ETest extends PreviewBrowserTest {
    private static Properties english;
    private static Properties dutch;

    @BeforeAll
    static void setUpClass() throws Exception {
        english = bundle("i18n/outloud.properties");
        dutch = bundle("i18n/outloud_nl.properties");
    }

    @Test
    void dutch_blockTextsScriptTextsAndErrorsAreDutch(BrowserSession session) {
        E2E.startAs(session, "alice", "nl");
        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        WebElement stuck = E2E.block(session, "stuck");

        assertEquals("Vast: hulp gezocht", dutch.getProperty("outloud.wol.status.stuck"));
        assertEquals(dutch.getProperty("outloud.wol.status.stuck").toUpperCase(),
                stuck.findElement(By.cssSelector(".outloud-block-status")).getText().trim().toUpperCase());
        assertEquals("Bedankt", E2E.label(E2E.reaction(stuck, "thanks")));
        for (String kind : new String[] {"useful", "learned", "same-here", "thanks"}) {
            assertEquals(dutch.getProperty("outloud.wol.reaction." + kind), E2E.label(E2E.reaction(stuck, kind)), kind);
        }
        assertEquals(dutch.getProperty("outloud.wol.help.offer"), stuck.findElement(By.cssSelector(".outloud-help-toggle")).getText().trim(),
                "where help is asked, I can help is the offer");
        assertEquals(dutch.getProperty("outloud.wol.block.label"), stuck.getAttribute("aria-label"));

        // The script the page loads is the Dutch one.
        String failedNl = dutch.getProperty("outloud.wol.reaction.error.failed");
        String src = session.driver().findElement(By.cssSelector("script[src*=\"block.js\"]")).getAttribute("src");
        assertTrue(src.contains("locale=nl"), src);
        String script = fetchText(session, src);
        assertTrue(script.contains(failedNl), "block.js for nl holds '" + failedNl + "'");
        assertFalse(script.contains(english.getProperty("outloud.wol.reaction.error.failed")), "and not the English text");
        assertFalse(script.contains("AJS.I18n.getText("), "every text was filled in");

        // A reaction the network loses: the block says so in Dutch.
        session.executeScript("window.__e2eFetch = window.fetch;"
                + " window.fetch = function () { return Promise.reject(new TypeError('Failed to fetch')); };");
        WebElement thanks = E2E.reaction(stuck, "thanks");
        thanks.click();
        assertEquals(failedNl, waitForMessage(session, "stuck"));
        assertEquals("0", E2E.count(thanks));
        assertFalse(E2E.pressed(thanks));

        // A server that answers with a non-JSON error page (e.g. a proxy's 502): still the Dutch message.
        session.executeScript("window.fetch = function () { return Promise.resolve(new Response('<html>Bad gateway</html>',"
                + " {status: 502, headers: {'Content-Type': 'text/html'}})); };");
        clearMessage(session, "stuck");
        session.waitUntil(d -> E2E.idle(thanks));
        thanks.click();
        assertEquals(failedNl, waitForMessage(session, "stuck"));

        // A real failure from the REST resource (the block points at a page that does not exist): its message, in Dutch.
        session.executeScript("window.fetch = window.__e2eFetch;");
        WebElement done = E2E.block(session, "done");
        String pageId = done.getAttribute("data-page-id");
        session.executeScript("arguments[0].setAttribute('data-page-id', '987654321');", done);
        E2E.reaction(done, "useful").click();
        assertEquals(dutch.getProperty("outloud.common.error.not-found"), waitForMessage(session, "done"));
        // Back to the real page at once: the click scrolled the block into view, and its seen-by record (1.5 s later)
        // must go to the real page, not log a second 404 after the errors were checked.
        session.executeScript("arguments[0].setAttribute('data-page-id', arguments[1]);", done, pageId);
        assertEquals("0", E2E.count(E2E.reaction(done, "useful")));
        session.assertNoSeriousViolations(); // the messages shown are readable too
        // Chromium logs the 404 of the deliberately broken request; nothing else may have gone wrong.
        assertTrue(session.jsErrors().stream().allMatch(e -> e.contains("/rest/outloud/1.0/blocks/987654321/") && e.contains("404")),
                "only the expected 404: " + session.jsErrors());
        session.clearJsErrors();
    }

    private static String waitForMessage(BrowserSession session, String status) {
        String css = E2E.BLOCK + ".outloud-status-" + status + " .outloud-block-message";
        return session.waitUntil(d -> {
            String text = d.findElement(By.cssSelector(css)).getText().trim();
            return text.isEmpty() ? null : text;
        });
    }

    private static void clearMessage(BrowserSession session, String status) {
        session.executeScript("document.querySelector(arguments[0]).textContent = '';",
                E2E.BLOCK + ".outloud-status-" + status + " .outloud-block-message");
    }

    private static String fetchText(BrowserSession session, String url) {
        Object text = ((org.openqa.selenium.JavascriptExecutor) session.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                + "   return r.text().then(function (t) { done(r.status + '\\n' + t); }); })"
                + " .catch(function (e) { done('ERROR ' + e); });", url);
        String response = String.valueOf(text);
        assertTrue(response.startsWith("200\n"), "GET " + url + " -> " + response.substring(0, Math.min(200, response.length())));
        return response.substring(4);
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageE2ETest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return properties;
    }
}
