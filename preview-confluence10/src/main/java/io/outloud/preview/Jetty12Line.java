package io.outloud.preview;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

import java.nio.file.Path;

/**
 * Jetty 12 ee10 (Confluence 10.2's line) for {@link JettyLine}. Compiled against the transformed preview classes;
 * {@link JettyLine#current()} finds it by name.
 */
public final class Jetty12Line implements JettyLine {

    /** The ee10 ResourceServlet serves any mapping from a {@code baseResource} (the DefaultServlet is for "/" only). */
    @Override
    public ServletHolder staticFiles(String name, Path folder) {
        ServletHolder holder = new ServletHolder(name, ResourceServlet.class);
        holder.setInitParameter("baseResource", folder.toAbsolutePath().toString());
        holder.setInitParameter("pathInfoOnly", "true");
        holder.setInitParameter("dirAllowed", "false");
        return holder;
    }

    /**
     * The URI compliance lets an encoded {@code /} ("ambiguous path separator"), {@code %} ("ambiguous path
     * encoding") and control character ("suspicious path character") through, and the servlet handler hands such
     * paths to the servlets. Encoded dot segments ({@code %2e%2e}) stay refused, as on Jetty 9.4.
     */
    @Override
    public void acceptEncodedCharactersInSegments(ServerConnector connector, ServletContextHandler context) {
        HttpConfiguration http = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
        http.setUriCompliance(http.getUriCompliance().with("outloud-preview",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
                UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
                UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS));
        context.getServletHandler().setDecodeAmbiguousURIs(true);
    }
}
