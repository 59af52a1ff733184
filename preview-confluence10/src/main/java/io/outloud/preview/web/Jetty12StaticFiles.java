package io.outloud.preview.web;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

import java.nio.file.Path;

/**
 * Jetty 12's way (Confluence 10.2's line) of {@link StaticFiles}: the ee10 ResourceServlet, which serves any mapping,
 * with its {@code baseResource} (the DefaultServlet is for "/" only and names {@code resourceBase} deprecated).
 * Compiled against the transformed preview classes; {@link StaticFiles#forThisLine()} finds it by name.
 */
public final class Jetty12StaticFiles implements StaticFiles {
    @Override
    public ServletHolder servlet(String name, Path folder) {
        ServletHolder holder = new ServletHolder(name, ResourceServlet.class);
        holder.setInitParameter("baseResource", folder.toAbsolutePath().toString());
        holder.setInitParameter("pathInfoOnly", "true");
        holder.setInitParameter("dirAllowed", "false");
        return holder;
    }
}
