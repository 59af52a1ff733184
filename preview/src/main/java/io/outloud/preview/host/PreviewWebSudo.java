package io.outloud.preview.host;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * SAL's secure administrator session as Confluence keeps it: once an admin confirms who they are (Confluence asks for
 * the password on authenticate.action; the preview, which has no passwords, asks to confirm), admin requests pass
 * for ten minutes in that session.
 */
public final class PreviewWebSudo implements WebSudoManager {
    public static final String SESSION_UNTIL = "outloud.websudo.until";
    public static final Duration LENGTH = Duration.ofMinutes(10);

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object until = session == null ? null : session.getAttribute(SESSION_UNTIL);
        return until instanceof Instant instant && Instant.now().isBefore(instant);
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String destination = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect("/authenticate.action?destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!canExecuteRequest(request)) {
            throw new WebSudoSessionException("This request needs a secure administrator session.");
        }
    }

    /** The admin confirmed who they are: this session may run admin requests for a while. */
    public static void grant(HttpServletRequest request) {
        request.getSession(true).setAttribute(SESSION_UNTIL, Instant.now().plus(LENGTH));
    }
}
