package io.outloud.preview.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A start that cannot succeed ends the process with a non-zero status and says why, instead of running on. */
class PreviewFailedStartTest {
    @TempDir
    Path dir;

    @Test
    void aBusyPort_endsTheStartWithAMessageNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Path log = dir.resolve("preview.log");
            PreviewProcess preview = PreviewProcess.launch(Files.createDirectories(dir.resolve("work")), dir.resolve("data"), port, log);
            try {
                // A safety net, not a timing assertion: before the fix the process never ended.
                assertTrue(preview.process().waitFor(3, TimeUnit.MINUTES), "the preview still runs:\n" + preview.output());
                assertNotEquals(0, preview.process().exitValue(), preview.output());
                String output = preview.output();
                assertTrue(output.contains("did not start") && output.contains("Port " + port + " ") && output.contains("in use"), output);
                assertFalse(output.contains("ready at"), output);
            } finally {
                preview.kill();
            }
        }
    }

    @Test
    void aPortThatIsNoNumber_endsTheStartSayingSo() throws Exception {
        Path log = dir.resolve("preview.log");
        PreviewProcess preview = PreviewProcess.launch(Files.createDirectories(dir.resolve("work")), dir.resolve("data"), -1, log);
        try {
            assertTrue(preview.process().waitFor(3, TimeUnit.MINUTES), "the preview still runs:\n" + preview.output());
            assertNotEquals(0, preview.process().exitValue(), preview.output());
            assertTrue(preview.output().contains("OUTLOUD_PORT"), preview.output());
        } finally {
            preview.kill();
        }
    }
}
