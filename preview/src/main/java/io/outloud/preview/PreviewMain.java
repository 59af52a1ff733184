package io.outloud.preview;

import java.util.concurrent.CountDownLatch;

/**
 * Starts the preview and keeps it running until Ctrl-C, which stops Jetty and closes the database cleanly. A start
 * that fails says why on standard error and exits with status 1 at once.
 */
public final class PreviewMain {
    static final int START_FAILED = 1;

    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        PreviewConfig config;
        PreviewServer server;
        try {
            config = PreviewConfig.fromEnvironment(System.getenv());
            server = PreviewServer.start(config);
        } catch (PreviewStartException | IllegalArgumentException e) {
            System.err.println("The Out Loud preview did not start: " + e.getMessage());
            System.exit(START_FAILED);
            return;
        } catch (Exception | Error e) {
            System.err.println("The Out Loud preview did not start: " + e);
            e.printStackTrace();
            System.exit(START_FAILED);
            return;
        }
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
