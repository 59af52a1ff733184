package io.outloud.preview.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP server on 127.0.0.1 (free port) for browser tests: fixed pages plus static directories.
 */
public final class TestHttpServer implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("map", "application/json"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"));

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, String> pageTypes = new ConcurrentHashMap<>();
    private final Map<String, Path> staticDirs = new ConcurrentHashMap<>();

    private TestHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static TestHttpServer start() {
        return new TestHttpServer();
    }

    /** Serves {@code html} at {@code path} (e.g. {@code "/button.html"}). */
    public TestHttpServer page(String path, String html) {
        return resource(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public TestHttpServer resource(String path, String contentType, byte[] body) {
        pages.put(path, body);
        pageTypes.put(path, contentType);
        return this;
    }

    /** Serves the files below {@code dir} under the URL prefix (e.g. {@code "/node_modules/"}). */
    public TestHttpServer staticDir(String prefix, Path dir) {
        staticDirs.put(prefix.endsWith("/") ? prefix : prefix + "/", dir.toAbsolutePath().normalize());
        return this;
    }

    /** {@code http://127.0.0.1:<port>/}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] page = pages.get(path);
            if (page != null) {
                send(exchange, 200, pageTypes.get(path), page);
                return;
            }
            for (Map.Entry<String, Path> mount : staticDirs.entrySet()) {
                if (path.startsWith(mount.getKey())) {
                    Path root = mount.getValue();
                    Path file = root.resolve(path.substring(mount.getKey().length())).normalize();
                    if (file.startsWith(root) && Files.isRegularFile(file)) {
                        send(exchange, 200, contentType(file), Files.readAllBytes(file));
                        return;
                    }
                }
            }
            send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
