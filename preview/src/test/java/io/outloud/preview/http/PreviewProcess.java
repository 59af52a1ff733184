package io.outloud.preview.http;

import io.outloud.preview.PreviewMain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A preview started as a person starts it: its own JVM (the tests' java and class path, so on each line its own
 * engines), {@link PreviewMain} as the main class, configured by the environment, in a working directory of the
 * test's choosing, its output in a log file the test can read.
 */
final class PreviewProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("Out Loud preview ready at (http://localhost:\\d+)/");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private String baseUrl;

    private PreviewProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a preview on this port (0: a free one) and data folder, in this working directory, without waiting. */
    static PreviewProcess launch(Path workingDir, Path dataDir, int port, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), PreviewMain.class.getName()))
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.remove("OUTLOUD_DB_URL");
        env.remove("OUTLOUD_NODE_MODULES");
        env.put("OUTLOUD_PORT", Integer.toString(port));
        env.put("OUTLOUD_DATA_DIR", dataDir.toAbsolutePath().toString());
        return new PreviewProcess(builder.start(), log);
    }

    /** Starts a preview on a free port and waits until it answers. */
    static PreviewProcess start(Path workingDir, Path dataDir, Path log) throws Exception {
        PreviewProcess preview = launch(workingDir, dataDir, 0, log);
        try {
            preview.awaitReady();
            return preview;
        } catch (Exception | Error e) {
            preview.kill();
            throw e;
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(output());
            if (ready.find()) {
                baseUrl = ready.group(1);
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the preview exited with " + process.exitValue() + ":\n" + output());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the preview did not start within " + START_TIMEOUT + ":\n" + output());
    }

    String baseUrl() {
        return baseUrl;
    }

    Process process() {
        return process;
    }

    /** Everything the preview has written to standard output and error so far. */
    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** kill -9: no shutdown hook, no clean close of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                kill();
            }
        }
    }
}
