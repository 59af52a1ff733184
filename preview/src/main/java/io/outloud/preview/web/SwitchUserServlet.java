package io.outloud.preview.web;

import io.outloud.preview.host.PreviewI18nResolver;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.UserDirectory;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/** The preview's stand-in for logging in: act as a demo person (or anonymously) and choose the language. */
public final class SwitchUserServlet extends HttpServlet {
    private final UserDirectory users;

    public SwitchUserServlet(UserDirectory users) {
        this.users = users;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormTokens.valid(request)) {
            response.sendError(403, "XSRF check failed");
            return;
        }
        String username = request.getParameter("username");
        Optional<PreviewUser> user = username == null || username.isBlank() ? Optional.empty() : users.byUsername(username);
        if (user.isPresent() && users.isDeactivated(user.get().getKey().getStringValue())) {
            response.sendError(403, "This user is deactivated");
            return;
        }
        if (username != null && !username.isBlank() && user.isEmpty()) {
            response.sendError(400, "No such user");
            return;
        }
        String token = request.getParameter("atl_token");
        request.getSession(false).invalidate(); // a new session per identity, as a real login does
        HttpSession session = request.getSession(true);
        session.setAttribute("outloud.atlToken", token);
        user.ifPresent(u -> session.setAttribute(RequestFilter.SESSION_USER, u.getKey().getStringValue()));
        String language = request.getParameter("language");
        if (language != null && PreviewI18nResolver.LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(language))) {
            session.setAttribute(RequestFilter.SESSION_LOCALE, language);
            // Kept as the person's profile language too: mail to them is written in it, as Confluence does.
            user.ifPresent(u -> users.setLanguage(u.getKey().getStringValue(), language));
        }
        response.sendRedirect(safeReturn(request.getParameter("return")));
    }

    /** Only paths on this site, never another origin. */
    static String safeReturn(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")) {
            return "/";
        }
        return target;
    }
}
