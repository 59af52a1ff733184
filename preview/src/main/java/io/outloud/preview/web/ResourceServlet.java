package io.outloud.preview.web;

import io.outloud.preview.host.RequestContext;
import io.outloud.preview.plugin.WebResources;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/** /download/resources/{plugin key}:{module key}/{file}: the plugin's web-resource files, transformed per language. */
public final class ResourceServlet extends HttpServlet {
    private final WebResources webResources;

    public ResourceServlet(WebResources webResources) {
        this.webResources = webResources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        if (slash < 0) {
            response.sendError(404);
            return;
        }
        String language = request.getParameter("locale");
        Locale locale = language == null ? RequestContext.current().locale() : Locale.forLanguageTag(language);
        Optional<WebResources.Served> served = webResources.serve(path.substring(0, slash), path.substring(slash + 1), locale);
        if (served.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType(served.get().contentType());
        response.getOutputStream().write(served.get().bytes());
    }
}
