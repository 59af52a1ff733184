package io.outloud.preview.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The npm files (AUI, jQuery) the build packs into the preview's jar under {@value #ROOT}, served by path info:
 * found wherever the jar is, whatever the working directory. Only files of the listed kinds, so no directory is
 * ever listed, and no path outside the folder is read.
 */
public final class PackagedFilesServlet extends HttpServlet {
    static final String ROOT = "io/outloud/preview/npm";
    /** The files every page loads (see WebResources): the preview refuses to start without them. */
    public static final List<String> REQUIRED = List.of("/jquery/dist/jquery.min.js", "/@atlassian/aui/dist/aui/aui-prototyping.css",
            "/@atlassian/aui/dist/aui/aui-prototyping.js");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8", "svg", "image/svg+xml",
            "woff", "font/woff", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject");
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9@_-][A-Za-z0-9@._-]*)+");

    private final transient ClassLoader loader;

    public PackagedFilesServlet(ClassLoader loader) {
        this.loader = loader;
    }

    /** Why the packaged files cannot be served, or null when every file the pages load is there. */
    public static String missing(ClassLoader loader) {
        for (String file : REQUIRED) {
            if (loader.getResource(ROOT + file) == null) {
                return "AUI and jQuery are not packaged with the preview (" + ROOT + file + " is not on its class path). "
                        + "Build it with npm on the PATH: mvn -pl preview -am package (preview/scripts/npm-install.sh fetches them).";
            }
        }
        return null;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String type = path == null || !SAFE_PATH.matcher(path).matches() || path.contains("/..") ? null : TYPES.get(extension(path));
        URL file = type == null ? null : loader.getResource(ROOT + path);
        if (file == null) {
            response.sendError(404);
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", "max-age=3600");
        try (InputStream in = file.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1);
    }
}
