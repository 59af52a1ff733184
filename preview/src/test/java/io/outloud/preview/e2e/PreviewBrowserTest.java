package io.outloud.preview.e2e;

import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.browser.BrowserExtension;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * One preview per browser test class, on a fresh database with the demo content, and one browser session
 * that checks every page a test visits (axe, JS errors).
 */
abstract class PreviewBrowserTest {
    @TempDir
    static Path dataDir;
    static PreviewServer server;
    static long welcomeId;

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.forBaseUrl(() -> server.baseUrl()).checkEachPage();

    @BeforeAll
    static void startPreview() throws Exception {
        server = PreviewServer.start(PreviewConfig.forTest(dataDir));
        welcomeId = E2E.pageId(server, DemoContent.TEAM, DemoContent.WELCOME);
    }

    @AfterAll
    static void stopPreview() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
