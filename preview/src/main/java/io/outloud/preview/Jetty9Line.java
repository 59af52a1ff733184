package io.outloud.preview;

import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

import java.nio.file.Path;

/** Jetty 9.4 (Confluence 9.2's line): the DefaultServlet serves any mapping from a resource base. */
final class Jetty9Line implements JettyLine {
    @Override
    public ServletHolder staticFiles(String name, Path folder) {
        ServletHolder holder = new ServletHolder(name, DefaultServlet.class);
        holder.setInitParameter("resourceBase", folder.toAbsolutePath().toString());
        holder.setInitParameter("pathInfoOnly", "true");
        holder.setInitParameter("dirAllowed", "false");
        return holder;
    }

    /** Jetty 9.4 passes them through as they are. */
    @Override
    public void acceptEncodedCharactersInSegments(ServerConnector connector, ServletContextHandler context) {
    }
}
