package io.outloud.preview;

import java.util.concurrent.CountDownLatch;

/** Starts the preview and keeps it running until Ctrl-C, which stops Jetty and closes the database cleanly. */
public final class PreviewMain {
    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        PreviewConfig config = PreviewConfig.fromEnvironment(System.getenv());
        PreviewServer server = PreviewServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                System.out.println("Out Loud preview stopped.");
            } catch (Exception e) {
                System.err.println("Stopping the preview failed: " + e);
            } finally {
                stopped.countDown();
            }
        }, "preview-shutdown"));
        String database = config.databaseUrl() == null ? "H2 at " + config.dataDir().toAbsolutePath() : "PostgreSQL";
        System.out.println("Out Loud preview ready at " + server.baseUrl() + "/  (" + database + "; Ctrl-C stops it)");
        stopped.await();
    }
}
