package io.outloud.preview.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** AUI from preview/node_modules (the version Confluence 9.2 ships) loads and runs without console errors. */
class AuiBrowserTest {

    static final String AUI_DIR = "@atlassian/aui/dist/aui/";
    static final String AUI_VERSION = "9.12.6";

    private static TestHttpServer server;

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.forBaseUrl(() -> server.baseUrl()).checkEachPage();

    @BeforeAll
    static void startServer() {
        for (String file : List.of(AUI_DIR + "aui-prototyping.css", AUI_DIR + "aui-prototyping.js", "jquery/dist/jquery.min.js")) {
            PreviewPaths.requireNodeModule(file);
        }
        server = TestHttpServer.start()
                .staticDir("/node_modules/", PreviewPaths.nodeModules())
                .page("/aui.html", TestPages.AUI);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void auiLoadsWithoutJavaScriptErrors(BrowserSession session) throws Exception {
        session.open("/aui.html");
        session.waitForPresent("body[data-aui-ready]");

        assertEquals(AUI_VERSION, session.executeScript("return window.AJS && AJS.version;"));
        assertEquals(Boolean.TRUE, session.executeScript("return typeof AJS.flag === 'function' && typeof AJS.dialog2 === 'function';"));
        // the AUI stylesheet is applied: primary buttons are not the browser's default grey
        Object background = session.executeScript(
                "return getComputedStyle(document.getElementById('aui-speak')).backgroundColor;");
        assertNotEquals("rgb(239, 239, 239)", background);
        assertNotEquals("rgba(0, 0, 0, 0)", background);

        session.click("#aui-speak");
        session.waitForText("#aui-status", "AUI " + AUI_VERSION);

        assertTrue(Files.size(session.screenshot("aui-smoke")) > 0);
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
    }

    @Test
    void auiPackageHoldsTheExpectedDistributionFiles() {
        for (String file : List.of("aui-prototyping.css", "aui-prototyping.js", "aui-prototyping.nodeps.css",
                "aui-prototyping.nodeps.js")) {
            assertTrue(Files.isRegularFile(PreviewPaths.nodeModules().resolve(AUI_DIR + file)), file);
        }
    }
}
