package io.outloud.preview.web;

import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.ServletHolder;

import java.nio.file.Path;

/** Jetty 9's way (Confluence 9.2's line): the DefaultServlet with a resource base, serving the path info only. */
final class Jetty9StaticFiles implements StaticFiles {
    @Override
    public ServletHolder servlet(String name, Path folder) {
        ServletHolder holder = new ServletHolder(name, DefaultServlet.class);
        holder.setInitParameter("resourceBase", folder.toAbsolutePath().toString());
        holder.setInitParameter("pathInfoOnly", "true");
        holder.setInitParameter("dirAllowed", "false");
        return holder;
    }
}
