package io.outloud.preview.http;

import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stopping and starting the preview on the same H2 file keeps what people did, and adds the demo once. */
class PreviewRestartTest {
    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsReactionsAndDoesNotSeedTheDemoTwice() throws Exception {
        String path;
        try (PreviewServer first = PreviewServer.start(PreviewConfig.forTest(dataDir))) {
            long pageId = first.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.WELCOME).orElseThrow().id();
            PreviewClient alice = new PreviewClient(first.baseUrl()).actAs("alice");
            Matcher id = Pattern.compile("data-macro-id=\"([^\"]+)\"").matcher(alice.get("/pages/viewpage.action?pageId=" + pageId).body());
            assertTrue(id.find());
            path = "/rest/outloud/1.0/blocks/" + pageId + "/" + id.group(1) + "/reactions";
            assertEquals(200, alice.postJson(path, "{\"kind\":\"learned\"}").statusCode());
        }
        try (PreviewServer second = PreviewServer.start(PreviewConfig.forTest(dataDir))) {
            String after = new PreviewClient(second.baseUrl()).get(path).body();
            assertTrue(after.contains("{\"kind\":\"learned\",\"count\":1,\"mine\":false}"), after);
            assertEquals(DemoContent.PEOPLE.size(), second.hosts().users().all().size());
            assertEquals(1, second.hosts().pages().inSpace(DemoContent.TEAM).stream().filter(p -> p.title().equals(DemoContent.WELCOME)).count());
        }
    }
}
