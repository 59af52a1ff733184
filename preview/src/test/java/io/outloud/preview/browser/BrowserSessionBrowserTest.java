package io.outloud.preview.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BrowserSessionBrowserTest {

    private static TestHttpServer server;

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.forBaseUrl(() -> server.baseUrl()).checkEachPage();

    @BeforeAll
    static void startServer() {
        server = TestHttpServer.start()
                .page("/accessible.html", TestPages.ACCESSIBLE)
                .page("/inaccessible.html", TestPages.INACCESSIBLE)
                .page("/js-error.html", TestPages.JS_ERROR);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void clickWaitsForTheTextChangeAndTakesAScreenshot(BrowserSession session) throws Exception {
        session.open("/accessible.html");
        assertEquals("Idle", session.waitFor("#status").getText());

        session.click("#speak");
        assertEquals("Speaking", session.waitForText("#status", "Speaking").getText());

        Path png = session.screenshot("accessible-after-click");
        assertEquals(PreviewPaths.screenshotsDir().resolve("accessible-after-click.png"), png);
        assertTrue(Files.isRegularFile(png), png + " exists");
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 100, "screenshot is non-empty: " + bytes.length + " bytes");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), "PNG signature");

        assertEquals(List.of(), session.jsErrors());
        session.assertNoSeriousViolations().assertNoViolations();
        // the extension checks this page again (axe + console) after the test
    }

    @Test
    @SkipPageChecks("visits a page that throws on purpose")
    void jsErrorsReportsUncaughtExceptions(BrowserSession session) {
        session.open("/accessible.html");
        assertEquals(List.of(), session.jsErrors(), "clean page logs no errors");

        session.open("/js-error.html");
        List<String> errors = session.waitUntil(d -> {
            List<String> e = session.jsErrors();
            return e.isEmpty() ? null : e;
        });
        assertTrue(errors.stream().anyMatch(e -> e.contains("outloud-boom")), "reported: " + errors);

        AssertionError failure = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, session::assertNoJsErrors);
        assertTrue(failure.getMessage().contains("outloud-boom"), failure.getMessage());

        session.clearJsErrors();
        assertEquals(List.of(), session.jsErrors());
    }

    @Test
    @SkipPageChecks("exercises the page checks by hand")
    void pageChecksFlagABadPageWhenTheTestLeavesIt(BrowserSession session) {
        session.pageChecksEnabled(true);

        session.open("/accessible.html");
        session.open("/inaccessible.html"); // leaves the good page: checked, passes
        assertEquals(List.of(), session.drainPageCheckFailures());

        session.open("/js-error.html"); // leaves the inaccessible page: axe fails it
        session.checkCurrentPage(); // end of "test": the throwing page fails the console check
        List<String> failures = session.drainPageCheckFailures();

        assertEquals(2, failures.size(), String.join("\n", failures));
        assertTrue(failures.get(0).contains("/inaccessible.html") && failures.get(0).contains("image-alt"), failures.get(0));
        assertTrue(failures.get(1).contains("/js-error.html") && failures.get(1).contains("outloud-boom"), failures.get(1));
    }

    @Test
    void relativePathsResolveAgainstTheBaseUrl(BrowserSession session) {
        String base = server.baseUrl().toString();
        assertEquals(base + "a/b.html", session.url("/a/b.html"));
        assertEquals(base + "a/b.html", session.url("a/b.html"));
        assertEquals("http://example.test/x", session.url("http://example.test/x"));
        assertFalse(base.endsWith("//"));
    }
}
