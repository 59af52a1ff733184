package io.outloud.preview;

import java.nio.file.Path;
import java.util.Map;

/**
 * How a preview runs: port (OUTLOUD_PORT, default 8090; 0 picks a free one), database (OUTLOUD_DB_URL names a
 * PostgreSQL JDBC URL; default an H2 file under the data folder), data folder (OUTLOUD_DATA_DIR, default
 * preview/data, or data/ when started outside the repository), and whether to add the demo content. AUI and jQuery
 * come from the jar (see PackagedFilesServlet), wherever it is started.
 */
public record PreviewConfig(int port, String databaseUrl, Path dataDir, boolean demo) {

    public static PreviewConfig fromEnvironment(Map<String, String> env) {
        String portText = env.getOrDefault("OUTLOUD_PORT", "8090").trim();
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("OUTLOUD_PORT is a port number from 0 to 65535 (0 picks a free one), not '" + portText + "'.");
        }
        String db = env.getOrDefault("OUTLOUD_DB_URL", "").trim();
        Path dataDir = Path.of(env.getOrDefault("OUTLOUD_DATA_DIR", defaultDir("data")));
        return new PreviewConfig(port, db.isEmpty() ? null : db, dataDir, true);
    }

    /**
     * Relative to the preview module, whether started from the repository root or from preview/; the system
     * property {@code outloud.preview.dir} names the module when neither is the working directory (the 10.2 line's
     * tests run in preview-confluence10/).
     */
    private static String defaultDir(String name) {
        String module = System.getProperty("outloud.preview.dir", "");
        if (!module.isBlank()) {
            return Path.of(module, name).toString();
        }
        return Path.of("preview").toFile().isDirectory() ? "preview/" + name : name;
    }

    /** A preview for a test: a free port, a fresh H2 database in the given folder, the demo content. */
    public static PreviewConfig forTest(Path dataDir) {
        return new PreviewConfig(0, null, dataDir, true);
    }

    public String jdbcUrl() {
        if (databaseUrl != null) {
            return databaseUrl;
        }
        // WRITE_DELAY=0: each commit is written to the file before it is acknowledged (H2 otherwise writes up to 500 ms
        // later), so a killed preview loses no acknowledged write. Written, not forced to the disk: a power cut may.
        // QUERY_CACHE_SIZE=64: H2 keeps 8 parsed statements per connection by default, fewer than one page view runs,
        // so every view parsed and planned its queries again (half of a block page's database time, by profile), where
        // PostgreSQL's driver keeps prepared statements per connection. Render run: 14.1 -> 12.7 ms CPU per page of 50
        // blocks, 4.7 -> 3.6 ms for 50 plain panels (a shared machine).
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("outloud") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
    }

    public PreviewConfig withPort(int newPort) {
        return new PreviewConfig(newPort, databaseUrl, dataDir, demo);
    }

    /** The same preview on this database (a PostgreSQL JDBC URL; null: the H2 file under the data folder). */
    public PreviewConfig withDatabaseUrl(String newDatabaseUrl) {
        return new PreviewConfig(port, newDatabaseUrl, dataDir, demo);
    }
}
