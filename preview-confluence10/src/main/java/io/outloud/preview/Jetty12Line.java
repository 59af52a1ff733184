package io.outloud.preview;

import io.outloud.preview.web.ErrorPages;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Jetty 12 ee10 (Confluence 10.2's line) for {@link JettyLine}. Compiled against the transformed preview classes;
 * {@link JettyLine#current()} finds it by name.
 */
public final class Jetty12Line implements JettyLine {

    /**
     * The URI compliance lets an encoded {@code %} ("ambiguous path encoding") and control character ("suspicious
     * path character") through, and the servlet handler hands such paths to the servlets; an encoded {@code /}
     * ("ambiguous path separator") and encoded dot segments ({@code %2e%2e}) stay refused with 400.
     */
    @Override
    public void pathsAsTomcat(ServerConnector connector, ServletContextHandler context) {
        HttpConfiguration http = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
        http.setUriCompliance(http.getUriCompliance().with("outloud-preview",
                UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
                UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS));
        context.getServletHandler().setDecodeAmbiguousURIs(true);
    }

    @Override
    public void errorPages(Server server, ServletContextHandler context) {
        AppErrorHandler handler = new AppErrorHandler();
        server.setErrorHandler(handler);
        context.setErrorHandler(handler);
    }

    /** Jetty 12's error handler writing {@link ErrorPages}. */
    private static final class AppErrorHandler extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
            HttpURI uri = request.getHttpURI();
            ErrorPages.Page page = ErrorPages.forPath(uri == null ? null : uri.getPath(), code);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, page.contentType());
            response.write(true, ByteBuffer.wrap(page.bytes()), callback);
        }

        /** A request Jetty could not parse: its path is unknown. */
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            ErrorPages.Page page = ErrorPages.forPath(null, status);
            fields.put(HttpHeader.CONTENT_TYPE, page.contentType());
            return ByteBuffer.wrap(page.bytes());
        }
    }
}
