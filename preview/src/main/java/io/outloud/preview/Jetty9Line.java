package io.outloud.preview;

import io.outloud.preview.web.ErrorPages;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Jetty 9.4 (Confluence 9.2's line) for {@link JettyLine}. */
final class Jetty9Line implements JettyLine {
    /** Jetty 9.4 passes an encoded '/' through: a customizer, run before any handler, refuses it. */
    @Override
    public void pathsAsTomcat(ServerConnector connector, ServletContextHandler context) {
        HttpConfiguration http = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
        http.addCustomizer((on, configuration, request) -> {
            if (request.getHttpURI().hasAmbiguousSeparator()) {
                throw new BadMessageException(400, "Encoded / in the path");
            }
        });
    }

    @Override
    public void errorPages(Server server, ServletContextHandler context) {
        AppErrorHandler handler = new AppErrorHandler();
        server.setErrorHandler(handler);
        context.setErrorHandler(handler);
    }

    /** Jetty 9's error handler writing {@link ErrorPages}. */
    private static final class AppErrorHandler extends ErrorHandler {
        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                                  int code, String message) throws IOException {
            ErrorPages.Page page = ErrorPages.forPath(request.getRequestURI(), code);
            response.setContentType(page.contentType());
            response.getOutputStream().write(page.bytes());
            baseRequest.setHandled(true);
        }

        /** A request Jetty could not parse: its path is unknown. */
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            ErrorPages.Page page = ErrorPages.forPath(null, status);
            fields.put(HttpHeader.CONTENT_TYPE, page.contentType());
            return ByteBuffer.wrap(page.bytes());
        }
    }
}
