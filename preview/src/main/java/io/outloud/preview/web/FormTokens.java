package io.outloud.preview.web;

import io.outloud.preview.html.Html;
import javax.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Confluence's atl_token for forms: one random token per session, required on every form POST. */
final class FormTokens {
    private static final String SESSION_TOKEN = "outloud.atlToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormTokens() {
    }

    static String token(HttpServletRequest request) {
        var session = request.getSession(true);
        String token = (String) session.getAttribute(SESSION_TOKEN);
        if (token == null) {
            byte[] bytes = new byte[20];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            session.setAttribute(SESSION_TOKEN, token);
        }
        return token;
    }

    static boolean valid(HttpServletRequest request) {
        var session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SESSION_TOKEN);
        return expected != null && expected.equals(request.getParameter("atl_token"));
    }

    static String hiddenField(HttpServletRequest request) {
        return "<input type=\"hidden\" name=\"atl_token\" value=\"" + Html.escape(token(request)) + "\">";
    }
}
