package io.outloud.preview.http;

import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One preview with the demo content per HTTP test class, and what those tests ask of it: the welcome page with
 * its four blocks, the restricted page, and clients acting as demo people.
 */
abstract class DemoPreviewHttpTest {
    static final Pattern MACRO_ID = Pattern.compile("data-macro-id=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;
    static PreviewServer server;
    static long welcomeId;
    static long restrictedId;
    static List<String> welcomeBlocks;

    @BeforeAll
    static void startPreview() throws Exception {
        server = PreviewServer.start(PreviewConfig.forTest(dataDir));
        welcomeId = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.WELCOME).orElseThrow().id();
        restrictedId = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.RESTRICTED).orElseThrow().id();
        welcomeBlocks = ids(new PreviewClient(server.baseUrl()).get("/pages/viewpage.action?pageId=" + welcomeId).body());
        assertEquals(4, welcomeBlocks.size());
    }

    @AfterAll
    static void stopPreview() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The macro ids of the blocks in a page's HTML, in order, each once. */
    static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = MACRO_ID.matcher(html);
        while (matcher.find()) {
            if (!ids.contains(matcher.group(1))) {
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }

    /** How many mails the person this client acts as has in the preview's outbox. */
    static int outboxCount(PreviewClient client) throws IOException {
        String body = client.get("/outbox").body();
        int count = 0;
        for (int at = body.indexOf("class=\"outloud-outbox-mail\""); at >= 0; at = body.indexOf("class=\"outloud-outbox-mail\"", at + 1)) {
            count++;
        }
        return count;
    }

    static PreviewClient as(String username) throws IOException {
        return new PreviewClient(server.baseUrl()).actAs(username);
    }
}
