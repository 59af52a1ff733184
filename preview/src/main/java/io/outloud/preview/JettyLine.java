package io.outloud.preview;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * The Jetty calls whose API or defaults differ between the lines; everything else in {@link PreviewServer} is the
 * same source on Jetty 9 (Confluence 9.2's line) and, transformed, on Jetty 12 ee10 (10.2's). This module holds
 * Jetty 9's {@link Jetty9Line}; the 10.2 line's build (preview-confluence10) adds {@code Jetty12Line}, compiled
 * against Jetty 12, which {@link #current()} finds by name.
 */
public interface JettyLine {

    /**
     * Paths as Confluence's Tomcat takes them: an encoded {@code /} in a path is refused with 400 (Tomcat's default),
     * an encoded {@code %} or control character in a path segment (a JAX-RS path parameter) reaches the servlets
     * decoded. Jetty 9.4 lets all three through; Jetty 12's Servlet 6 container refuses all three unless told.
     */
    void pathsAsTomcat(ServerConnector connector, ServletContextHandler context);

    /**
     * Errors Jetty answers itself (a request it cannot parse, a servlet's {@code sendError}) get {@link
     * io.outloud.preview.web.ErrorPages}' answers: JSON under /rest/, else plain text, never Jetty's page and version.
     */
    void errorPages(Server server, ServletContextHandler context);

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
