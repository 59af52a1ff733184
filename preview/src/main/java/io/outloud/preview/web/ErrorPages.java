package io.outloud.preview.web;

import java.nio.charset.StandardCharsets;

/**
 * What the preview answers for a request Jetty or a servlet refuses before the app has its say (a malformed header,
 * an encoded {@code /}, a form over the limit): the REST module's JSON error under {@code /rest/}, else a plain page.
 * Never Jetty's page, which names Jetty's version and the servlet. Each Jetty line's error handler writes these.
 */
public final class ErrorPages {
    private ErrorPages() {
    }

    /** One error answer: its content type and body. */
    public record Page(String contentType, String body) {
        public byte[] bytes() {
            return body.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** For a request whose path is known (null when the request line itself could not be read). */
    public static Page forPath(String path, int status) {
        String reason = reason(status);
        if (path != null && path.startsWith("/rest/")) {
            return new Page("application/json;charset=utf-8", "{\"status\":" + status + ",\"message\":\"" + reason + "\"}");
        }
        return new Page("text/plain;charset=utf-8", status + " " + reason + "\n");
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> status < 500 ? "Request refused" : "Server error";
        };
    }
}
