package io.outloud.preview.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates the preview module directory and the folders the browser tests use inside it, independent of
 * whether tests run from Maven (working directory = module) or from an IDE (often the reactor root).
 */
public final class PreviewPaths {

    private PreviewPaths() {
    }

    /**
     * The preview module directory: system property {@code outloud.preview.dir} if set, else Maven's
     * {@code basedir}, else the working directory or its {@code preview/} child (the first holding
     * {@code package.json}).
     */
    public static Path moduleDir() {
        List<Path> candidates = new ArrayList<>();
        String override = System.getProperty("outloud.preview.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        String basedir = System.getProperty("basedir");
        if (basedir != null && !basedir.isBlank()) {
            candidates.add(Path.of(basedir));
        }
        Path cwd = Path.of("").toAbsolutePath();
        candidates.add(cwd);
        candidates.add(cwd.resolve("preview"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("package.json")) && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("Cannot locate the preview module (a directory with pom.xml and package.json) among "
                + candidates + "; set -Doutloud.preview.dir=/path/to/preview");
    }

    /** {@code preview/node_modules}, populated by {@code npm ci} (run by {@code mvn generate-resources}). */
    public static Path nodeModules() {
        return moduleDir().resolve("node_modules");
    }

    /** {@code preview/target/screenshots}, or {@code screenshots} under {@code outloud.test.output.dir}. */
    public static Path screenshotsDir() {
        return outputDir().resolve("screenshots");
    }

    /** {@code preview/target/browser-logs} (chromedriver logs), or under {@code outloud.test.output.dir}. */
    public static Path browserLogsDir() {
        return outputDir().resolve("browser-logs");
    }

    /** The build folder the tests write to: the preview module's target/, or the one the 10.2 line's build names. */
    private static Path outputDir() {
        String override = System.getProperty("outloud.test.output.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        return moduleDir().resolve("target");
    }

    /**
     * A file under node_modules, failing with an actionable message when it is missing.
     *
     * @param relative e.g. {@code "axe-core/axe.min.js"}
     */
    public static Path requireNodeModule(String relative) {
        return requireNodeModule(nodeModules(), relative);
    }

    static Path requireNodeModule(Path nodeModules, String relative) {
        Path file = nodeModules.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Front-end package file missing: " + file
                    + ". Install the preview's npm packages: `cd preview && npm ci` (mvn generate-resources runs"
                    + " preview/scripts/npm-install.sh which does this when node_modules is missing or stale).");
        }
        return file;
    }
}
