package io.outloud.preview.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview as a development host, started as its own process in a working directory that is not the repository:
 * it serves AUI and jQuery from its jar, and answers malformed requests with the app's JSON error (REST) or a plain
 * page, never Jetty's page or version, logging no stack trace for them.
 */
class PreviewHostHttpTest {
    @TempDir
    static Path dir;
    private static PreviewProcess preview;

    @BeforeAll
    static void startPreview() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("not-the-repository"));
        preview = PreviewProcess.start(elsewhere, dir.resolve("data"), dir.resolve("preview.log"));
    }

    @AfterAll
    static void stopPreview() throws Exception {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void auiAndJquery_areServedWhateverTheWorkingDirectory() throws Exception {
        PreviewClient anonymous = new PreviewClient(preview.baseUrl());
        Matcher files = Pattern.compile("(?:src|href)=\"(/npm/[^\"]+)\"").matcher(anonymous.get("/").body());
        Set<String> referenced = new LinkedHashSet<>();
        while (files.find()) {
            referenced.add(files.group(1));
        }
        assertTrue(referenced.stream().anyMatch(f -> f.endsWith("/jquery.min.js")), "jQuery referenced: " + referenced);
        assertTrue(referenced.stream().anyMatch(f -> f.endsWith("/aui-prototyping.js")), "AUI referenced: " + referenced);
        for (String file : referenced) {
            PreviewClient.Response answer = anonymous.get(file);
            assertEquals(200, answer.statusCode(), file);
            String type = answer.header("Content-Type").orElse("");
            assertTrue(file.endsWith(".css") ? type.startsWith("text/css") : type.contains("javascript"), file + ": " + type);
        }
        assertTrue(anonymous.get("/npm/jquery/dist/jquery.min.js").body().contains("jQuery"), "jQuery itself");
        assertTrue(anonymous.get("/npm/@atlassian/aui/dist/aui/aui-prototyping.js").body().contains("AJS"), "AUI itself");
        assertEquals(200, anonymous.get("/npm/@atlassian/aui/dist/aui/fonts/adgs-icons.woff").statusCode(), "AUI's icon font, from its CSS");
        for (String hidden : List.of("/npm/jquery/dist/", "/npm/jquery/dist", "/npm/../io/outloud/preview/PreviewMain.class",
                "/npm/jquery/package.json")) {
            assertEquals(404, anonymous.get(hidden).statusCode(), hidden);
        }
    }

    /** One raw request (ones no HTTP client library would send); JSON expected where Jetty can read the REST path. */
    private record Raw(String name, String head, boolean json) {
    }

    @Test
    void theStartLog_carriesNoJerseyWarningThatReadsAsABrokenApi() throws Exception {
        PreviewClient anonymous = new PreviewClient(preview.baseUrl());
        assertEquals(401, anonymous.get("/rest/outloud/1.0/me/preferences").statusCode(), "the REST modules are up");
        String output = preview.output();
        assertTrue(output.contains("Out Loud preview ready at"), output);
        assertFalse(output.contains("will be ignored"), output);
    }

    @Test
    void malformedRequests_getTheAppsErrorNeverJettys_andLogNoStackTrace() throws Exception {
        int logBefore = preview.output().length();
        String reactions = "/rest/outloud/1.0/blocks/1/x/reactions";
        List<Raw> requests = List.of(
                new Raw("malformed Content-Type on REST", "POST " + reactions + " HTTP/1.1\r\nContent-Type: /\r\nContent-Length: 2\r\n\r\n{}", true),
                new Raw("malformed Content-Type parameters on REST", "POST " + reactions + " HTTP/1.1\r\nContent-Type: application/json; charset\r\nContent-Length: 2\r\n\r\n{}", true),
                new Raw("encoded slash on REST", "GET /rest/outloud/1.0/blocks/1/a%2Fb/replies HTTP/1.1\r\n\r\n", true),
                new Raw("encoded slash on a page", "GET /pages/a%2fb HTTP/1.1\r\n\r\n", false),
                new Raw("bad percent-encoding", "GET /rest/outloud/1.0/blocks/1/a%zzb/replies HTTP/1.1\r\n\r\n", false),
                new Raw("encoded NUL", "GET /pages/a%00b HTTP/1.1\r\n\r\n", false),
                new Raw("raw control character", "GET /pages/a\u0001b HTTP/1.1\r\n\r\n", false),
                new Raw("bad Host header", "GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", false),
                new Raw("garbage request line", "GET\u0000 / HTTP/1.1\r\n\r\n", false));
        List<String> failures = new ArrayList<>();
        for (Raw request : requests) {
            String answer = send(request);
            String head = answer.contains("\r\n\r\n") ? answer.substring(0, answer.indexOf("\r\n\r\n")) : answer;
            String body = answer.substring(head.length()).trim();
            int status = Integer.parseInt(head.substring(9, 12));
            String type = header(head, "Content-Type").toLowerCase(Locale.ROOT);
            if (status < 400 || status >= 500) {
                failures.add(request.name() + ": status " + status);
            }
            if (answer.toLowerCase(Locale.ROOT).contains("jetty") || !header(head, "Server").isEmpty()) {
                failures.add(request.name() + ": names Jetty or a server: " + answer);
            }
            if (type.contains("html")) {
                failures.add(request.name() + ": an HTML error page: " + answer);
            }
            boolean json = type.startsWith("application/json") && body.matches("\\{\"status\":4\\d\\d,\"message\":\"[^\"]+\"}");
            boolean plain = type.startsWith("text/plain") && body.matches("4\\d\\d [A-Za-z ]+");
            if (request.json() ? !json : !(json || plain)) {
                failures.add(request.name() + ": not " + (request.json() ? "the REST module's JSON" : "JSON or a plain page") + ": " + answer);
            }
            if (request.name().startsWith("encoded slash") && status != 400) {
                failures.add(request.name() + ": an encoded / is refused with 400 as Tomcat does, not " + status);
            }
        }
        assertEquals(List.of(), failures);
        String log = preview.output().substring(logBefore);
        assertFalse(Pattern.compile("(?m)^\\s+at [\\w.$]+\\(").matcher(log).find(), "no stack trace for client errors:\n" + log);
    }

    private static String send(Raw request) throws IOException {
        URI base = URI.create(preview.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String head = request.head().contains("\r\nHost:") ? request.head()
                    : request.head().replaceFirst("\r\n", "\r\nHost: localhost\r\n");
            head = head.replaceFirst("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }
}
