package io.outloud.preview.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AxeBrowserTest {

    private static TestHttpServer server;

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.forBaseUrl(() -> server.baseUrl());

    @BeforeAll
    static void startServer() {
        server = TestHttpServer.start()
                .page("/accessible.html", TestPages.ACCESSIBLE)
                .page("/inaccessible.html", TestPages.INACCESSIBLE);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void accessiblePagePasses(BrowserSession session) {
        session.open("/accessible.html");
        Axe.Result result = Axe.check(session.driver());
        assertEquals(List.of(), result.violations());
        assertEquals(Axe.WCAG_A_AA_TAGS, result.tags());
        assertTrue(result.url().endsWith("/accessible.html"), result.url());
        result.assertNoSeriousViolations();
    }

    @Test
    void seriousViolationsAreReportedAndFailTheAssertion(BrowserSession session) {
        session.open("/inaccessible.html");
        Axe.Result result = Axe.check(session.driver());

        assertTrue(result.has("image-alt"), "image-alt: " + result.violations());
        assertTrue(result.has("button-name"), "button-name: " + result.violations());
        assertTrue(result.has("html-has-lang"), "html-has-lang: " + result.violations());
        assertFalse(result.serious().isEmpty());
        Axe.Violation imageAlt = result.violations().stream().filter(v -> v.id().equals("image-alt")).findFirst().orElseThrow();
        assertEquals("critical", imageAlt.impact());
        assertEquals(List.of("#logo"), imageAlt.nodes().get(0).target());

        AssertionError failure = assertThrows(AssertionError.class, session::assertNoSeriousViolations);
        String message = failure.getMessage();
        for (String expected : List.of("image-alt [critical]", "button-name [critical]", "html-has-lang [serious]",
                "Images must have alternative text", "at #logo", "at #nameless", "<img id=\"logo\"", "/inaccessible.html")) {
            assertTrue(message.contains(expected), "message mentions '" + expected + "':\n" + message);
        }
    }

    @Test
    void axeIsInjectedOncePerPage(BrowserSession session) {
        session.open("/accessible.html");
        Axe.check(session.driver());
        session.executeScript("window.axe.__outloudMarker = true;");
        Axe.check(session.driver());
        assertEquals(Boolean.TRUE, session.executeScript("return window.axe.__outloudMarker === true;"));
    }

    @Test
    void missingAxeScriptFailsClearly(BrowserSession session, @TempDir Path emptyNodeModules) {
        session.open("/accessible.html");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Axe.check(session.driver(), Axe.WCAG_A_AA_TAGS, emptyNodeModules));
        assertTrue(failure.getMessage().contains(emptyNodeModules.resolve("axe-core/axe.min.js").toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("npm ci"), failure.getMessage());
    }
}
