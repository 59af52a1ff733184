package io.outloud.preview.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person's HTTP client against a running preview: its own session cookie, acting as a demo user. */
final class PreviewClient {
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    /** Status, headers and body of one exchange. */
    record Response(int statusCode, Map<String, List<String>> headerMap, String body) {
        Optional<String> header(String name) {
            return headerMap.entrySet().stream()
                    .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    static {
        // Tests send Origin as browsers do; HttpURLConnection drops it unless told otherwise.
        System.setProperty("sun.net.http.allowRestrictedHeaders", "true");
    }

    private final String baseUrl;
    private String sessionId;

    PreviewClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Logs in as this demo user (null: anonymous) through the preview's switcher form, in English. */
    PreviewClient actAs(String username) throws IOException {
        return actAs(username, "en");
    }

    /** Logs in as this demo user in this language, which also becomes their profile language (mail to them uses it). */
    PreviewClient actAs(String username, String language) throws IOException {
        String token = formToken();
        Response response = postForm("/switch-user", "atl_token=" + token + "&language=" + language + "&return=/&username="
                + (username == null ? "" : URLEncoder.encode(username, StandardCharsets.UTF_8)));
        if (response.statusCode() != 302) {
            throw new IllegalStateException("switching to " + username + " answered " + response.statusCode());
        }
        return this;
    }

    /** Confirms who this site admin is (Confluence's authenticate.action): admin pages and REST pass for a while. */
    PreviewClient secureAdminSession() throws IOException {
        Response response = postForm("/authenticate.action", "atl_token=" + formToken() + "&destination=/");
        if (response.statusCode() != 302) {
            throw new IllegalStateException("the secure administrator session was refused: " + response.statusCode());
        }
        return this;
    }

    /** The session this client holds (null before its first answer): for raw-socket tests and load runs. */
    String sessionId() {
        return sessionId;
    }

    String formToken() throws IOException {
        Matcher matcher = TOKEN.matcher(get("/").body());
        if (!matcher.find()) {
            throw new IllegalStateException("no atl_token on the home page");
        }
        return matcher.group(1);
    }

    Response get(String path) throws IOException {
        return send("GET", path, null, null);
    }

    Response postForm(String path, String form) throws IOException {
        return send("POST", path, "application/x-www-form-urlencoded", form);
    }

    Response postJson(String path, String json, String... headers) throws IOException {
        return send("POST", path, "application/json", json, headers);
    }

    Response post(String path, String contentType, String body, String... headers) throws IOException {
        return send("POST", path, contentType, body, headers);
    }

    /** Any method, e.g. PUT and DELETE; the body and content type may be null. */
    Response send(String method, String path, String contentType, String body, String... headers) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod(method);
        connection.setRequestProperty("User-Agent", "outloud-tests");
        if (sessionId != null) {
            connection.setRequestProperty("Cookie", "JSESSIONID=" + sessionId);
        }
        for (int i = 0; i < headers.length; i += 2) {
            connection.setRequestProperty(headers[i], headers[i + 1]);
        }
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        String text;
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> cookies = connection.getHeaderFields().getOrDefault("Set-Cookie", List.of());
        for (String cookie : cookies) {
            Matcher matcher = SESSION.matcher(cookie);
            if (matcher.find()) {
                sessionId = matcher.group(1);
            }
        }
        return new Response(status, connection.getHeaderFields(), text);
    }

    /** A JSON string literal of this text, for hand-written request bodies (quotes, backslashes and controls escaped). */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) { // a lone surrogate survives only as an escape
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
