package io.outloud.preview.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.outloud.aojdbc.StatementCounter;
import io.outloud.preview.host.PreviewI18nResolver;
import io.outloud.preview.host.RequestContext;
import io.outloud.preview.host.UserDirectory;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Around every request, as Confluence's filters do: the user of the session becomes the authenticated user,
 * the reader's language is chosen, and the request's SQL statements and time are measured and reported in the
 * response headers {@value #SQL_HEADER} and {@value #TIME_HEADER}; {@value #APP_SQL_HEADER} says how many of the
 * statements were the app's own (through its Active Objects), the rest being the host's.
 */
public final class RequestFilter implements Filter {
    public static final String SQL_HEADER = "X-Outloud-Sql-Statements";
    public static final String TIME_HEADER = "X-Outloud-Time-Ms";
    public static final String APP_SQL_HEADER = "X-Outloud-App-Sql-Statements";
    static final String SESSION_USER = "outloud.userKey";
    static final String SESSION_LOCALE = "outloud.locale";

    private final UserDirectory users;
    private final StatementCounter counter;
    private final StatementCounter appCounter;

    public RequestFilter(UserDirectory users, StatementCounter counter, StatementCounter appCounter) {
        this.users = users;
        this.counter = counter;
        this.appCounter = appCounter;
    }

    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long started = System.nanoTime();
        counter.start();
        appCounter.start();
        HttpSession session = request.getSession(false);
        String userKey = session == null ? null : (String) session.getAttribute(SESSION_USER);
        AuthenticatedUserThreadLocal.set(userKey == null ? null : users.byKey(userKey).orElse(null));
        RequestContext.begin(locale(request, session));
        boolean measured = !isStatic(request.getRequestURI());
        BufferedResponse buffered = measured ? new BufferedResponse(response) : null;
        try {
            chain.doFilter(request, measured ? buffered : response);
        } finally {
            long statements = counter.stop();
            long appStatements = appCounter.stop();
            AuthenticatedUserThreadLocal.reset();
            RequestContext.end();
            swallowUnreadBody(request);
            if (measured) {
                response.setHeader(SQL_HEADER, Long.toString(statements));
                response.setHeader(APP_SQL_HEADER, Long.toString(appStatements));
                response.setHeader(TIME_HEADER, Long.toString((System.nanoTime() - started) / 1_000_000));
                buffered.writeTo(response);
            }
        }
    }

    /**
     * A request refused before its body was read (401, 403 XSRF) would otherwise close the connection with data
     * unread, which resets it and can lose the response on the way. Like Tomcat, read and drop up to 2 MB.
     */
    private static void swallowUnreadBody(HttpServletRequest request) {
        try {
            var in = request.getInputStream();
            byte[] buffer = new byte[8192];
            long left = 2L * 1024 * 1024;
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        } catch (IOException | IllegalStateException e) {
            // already read through getReader(), or the client went away: nothing to swallow
        }
    }

    private static boolean isStatic(String uri) {
        return uri.startsWith("/npm/") || uri.startsWith("/avatars/") || uri.startsWith("/download/");
    }

    /** The session's choice, else the best of the browser's languages the app is translated into, else English. */
    private static Locale locale(HttpServletRequest request, HttpSession session) {
        String chosen = session == null ? null : (String) session.getAttribute(SESSION_LOCALE);
        if (chosen != null) {
            return Locale.forLanguageTag(chosen);
        }
        Enumeration<Locale> accepted = request.getLocales();
        while (accepted.hasMoreElements()) {
            String language = accepted.nextElement().getLanguage();
            for (Locale supported : PreviewI18nResolver.LANGUAGES) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
