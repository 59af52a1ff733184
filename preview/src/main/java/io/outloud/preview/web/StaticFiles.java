package io.outloud.preview.web;

import org.eclipse.jetty.servlet.ServletHolder;

import java.nio.file.Path;

/**
 * The files of a folder served under a path mapping (the npm packages under {@code /npm/*}): the one Jetty call whose
 * API differs between the lines. On Jetty 9 (Confluence 9.2's line) the DefaultServlet serves any mapping from a
 * {@code resourceBase}; Jetty 12's ee10 DefaultServlet is meant for "/" only and reads {@code baseResource}, so the 10.2
 * line's build (preview-confluence10) adds {@code Jetty12StaticFiles}, with Jetty 12's ResourceServlet, found by name.
 */
public interface StaticFiles {

    /** A servlet that serves the files below {@code folder} by the request's path info, directories not listed. */
    ServletHolder servlet(String name, Path folder);

    /** Jetty 12's implementation where this line's build has one, else Jetty 9's. */
    static StaticFiles forThisLine() {
        try {
            return (StaticFiles) Class.forName(StaticFiles.class.getPackageName() + ".Jetty12StaticFiles")
                    .getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return new Jetty9StaticFiles();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Jetty12StaticFiles cannot be created", e);
        }
    }
}
