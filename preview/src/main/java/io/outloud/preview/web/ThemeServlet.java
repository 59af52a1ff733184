package io.outloud.preview.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The preview's stand-in for the theme choice in Confluence's user settings: light, dark or match the system. */
public final class ThemeServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormTokens.valid(request)) {
            response.sendError(403, "XSRF check failed");
            return;
        }
        Optional<Theme> theme = Theme.parse(request.getParameter("theme"));
        if (theme.isEmpty()) {
            response.sendError(400, "No such theme");
            return;
        }
        theme.get().remember(response);
        response.sendRedirect(SwitchUserServlet.safeReturn(request.getParameter("return")));
    }
}
