package io.outloud.preview;

import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

import java.nio.file.Path;

/**
 * The Jetty calls whose API or defaults differ between the lines; everything else in {@link PreviewServer} is the
 * same source on Jetty 9 (Confluence 9.2's line) and, transformed, on Jetty 12 ee10 (10.2's). This module holds
 * Jetty 9's {@link Jetty9Line}; the 10.2 line's build (preview-confluence10) adds {@code Jetty12Line}, compiled
 * against Jetty 12, which {@link #current()} finds by name.
 */
public interface JettyLine {

    /** A servlet that serves the files below {@code folder} by the request's path info, directories not listed. */
    ServletHolder staticFiles(String name, Path folder);

    /**
     * Lets a percent-encoded {@code /}, {@code %} or control character in a path segment (a JAX-RS path parameter)
     * reach the servlets: Jetty 9.4 does; Jetty 12's Servlet 6 container answers 400 with its HTML error page before
     * any servlet unless told otherwise. The same requests then reach the same app code on both lines. (Confluence's
     * Tomcat refuses an encoded {@code /} by default; the app never puts one in its own URLs.)
     */
    void acceptEncodedCharactersInSegments(ServerConnector connector, ServletContextHandler context);

    /** Jetty 12's where this line's build has one, else Jetty 9's. */
    static JettyLine current() {
        try {
            return (JettyLine) Class.forName(JettyLine.class.getPackageName() + ".Jetty12Line")
                    .getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return new Jetty9Line();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Jetty12Line cannot be created", e);
        }
    }
}
