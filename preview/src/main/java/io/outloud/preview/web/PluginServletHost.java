package io.outloud.preview.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.outloud.preview.html.Html;
import io.outloud.preview.rest.AccessPolicy;
import io.outloud.preview.rest.AccessRules;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin's {@code <servlet>} module under {@code /plugins/servlet/...}, as Confluence serves it: the Platform 7
 * access annotation on the servlet class decides who may call it (secure by default), and an HTML answer that asks
 * for a decorator ({@code <meta name="decorator">}) is placed in the site's layout, its title and body taken, as
 * Confluence's SiteMesh does.
 */
public final class PluginServletHost extends HttpServlet {
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADMIN_DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"atl\\.admin\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final HttpServlet plugin;
    private final String rule;
    private final AccessPolicy policy;
    private final Layout layout;

    public PluginServletHost(HttpServlet plugin, AccessPolicy policy, Layout layout) {
        this.plugin = plugin;
        this.rule = AccessRules.rule(plugin.getClass());
        this.policy = policy;
        this.layout = layout;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        plugin.init(config);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (!AccessRules.allowed(rule, user, policy)) {
            int status = user == null ? 401 : 403;
            PageServlet.send(response, status, layout.page(request, status == 401 ? "Log in" : "Not permitted", List.of(),
                    "<div class=\"aui-message aui-message-error\"><p>" + (status == 401 ? "Log in (act as someone) to open this page."
                            : "You do not have the permission to open this page.") + "</p></div>", Layout.Meta.none()));
            return;
        }
        Captured captured = new Captured(response);
        plugin.service(request, captured);
        if (captured.errorStatus > 0) {
            PageServlet.send(response, captured.errorStatus, layout.page(request, "Error", List.of(),
                    "<div class=\"aui-message aui-message-error\"><p>" + Html.escape(captured.errorMessage) + "</p></div>", Layout.Meta.none()));
            return;
        }
        String html = captured.text();
        Matcher body = BODY.matcher(html);
        if (DECORATOR.matcher(html).find() && body.find()) {
            Matcher title = TITLE.matcher(html);
            String heading = title.find() ? title.group(1).trim() : "";
            PageServlet.send(response, 200, layout.page(request, Html.unescape(heading),
                    List.of(new Layout.Crumb("Spaces", "/"), new Layout.Crumb(Html.unescape(heading), null)), body.group(1),
                    ADMIN_DECORATOR.matcher(html).find() ? Layout.Meta.adminConsole() : Layout.Meta.none()));
            return;
        }
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Holds what the plugin's servlet writes, and an error it sends, for the host to decorate. */
    private static final class Captured extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private int errorStatus;
        private String errorMessage = "";

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String message) {
            errorStatus = status;
            errorMessage = message == null ? "" : message;
        }

        @Override
        public void sendError(int status) {
            sendError(status, "");
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking only");
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }
            };
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
