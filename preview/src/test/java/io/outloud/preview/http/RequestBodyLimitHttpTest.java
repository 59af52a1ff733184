package io.outloud.preview.http;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Request bodies over real HTTP, spoken on a raw socket so the test sees when the answer comes: a body over the
 * limit is refused with the app's 413 while the client is still sending it (declared too long, or chunked without a
 * length), so neither Jetty nor Jersey nor the resource read it whole; invalid UTF-8 is a 400, not U+FFFD.
 */
class RequestBodyLimitHttpTest extends DemoPreviewHttpTest {
    private static final int LIMIT = 64 * 1024;
    /**
     * Far more than can be in flight unread: the host reads and drops up to 2 MB of a refused body (as Tomcat does)
     * and the kernel buffers up to tcp_rmem + tcp_wmem (32 MB + 4 MB on Debian), all counted as sent; with 20 MB
     * a busy machine passed half of it before the answer came.
     */
    private static final long HUGE = 200L * 1024 * 1024;
    private static String path;
    private static String session;

    @BeforeAll
    static void signIn() throws IOException {
        path = "/rest/outloud/1.0/blocks/" + welcomeId + "/" + welcomeBlocks.get(2) + "/replies";
        PreviewClient alice = as("alice");
        alice.get("/");
        session = alice.sessionId();
    }

    @Test
    void aSmallBody_onTheSameSocket_isTaken() throws Exception {
        Answer answer = send(utf8("{\"text\":\"through a raw socket\"}"), false);

        assertEquals(201, answer.status(), answer.body());
    }

    @Test
    void aBodyOfExactlyTheLimit_isRead_andOneByteMore_isRefusedWith413() throws Exception {
        Answer atLimit = send(utf8(objectOfBytes(LIMIT)), false);
        assertEquals(400, atLimit.status(), "read and judged by the use case: " + atLimit.body());
        assertTrue(atLimit.body().contains("at most 2,000 characters"), atLimit.body());

        Answer over = send(utf8(objectOfBytes(LIMIT + 1)), false);
        assertEquals(413, over.status(), over.body());
        assertTrue(over.body().contains("\"message\":\"The request is too large (at most 65,536 bytes).\""), over.body());
    }

    @Test
    void aDeclared200MbBody_isRefusedWith413BeforeItIsSent() throws Exception {
        Answer answer = stream(false);

        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.body().startsWith("{\"status\":413,\"message\":\"The request is too large"), answer.body());
        assertTrue(answer.sentWhenAnswered() < HUGE / 2, "the answer came after " + answer.sentWhenAnswered() + " bytes were sent");
    }

    @Test
    void aChunked200MbBody_isRefusedWith413WhileItIsSent() throws Exception {
        Answer answer = stream(true);

        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"message\":\"The request is too large"), answer.body());
        assertTrue(answer.sentWhenAnswered() < HUGE / 2, "the answer came after " + answer.sentWhenAnswered() + " bytes were sent");
    }

    @Test
    void invalidUtf8_isRefusedWith400_andNothingIsStored() throws Exception {
        String before = as("alice").get(path + "?limit=50").body();
        for (String hex : new String[] {"7b2274657874223a22ff227d", "7b2274657874223a22c0af227d", "7b2274657874223a22eda080227d"}) {
            Answer answer = send(HexFormat.of().parseHex(hex), false);
            assertEquals(400, answer.status(), hex + ": " + answer.body());
            assertTrue(answer.body().contains("\"message\":\"The request is not valid UTF-8.\""), answer.body());
        }
        Answer chunked = send(HexFormat.of().parseHex("7b2274657874223a22ff227d"), true);
        assertEquals(400, chunked.status(), chunked.body());
        assertEquals(before, as("alice").get(path + "?limit=50").body());
    }

    private static String objectOfBytes(int bytes) {
        String prefix = "{\"text\":\"";
        return prefix + "x".repeat(bytes - prefix.length() - 2) + "\"}";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What came back, and how many body bytes the client had sent when the status line arrived. */
    private record Answer(int status, String body, long sentWhenAnswered) {
    }

    private static Answer send(byte[] body, boolean chunked) throws Exception {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(chunked ? -1 : body.length));
            if (chunked) {
                writeChunk(out, body, body.length);
                out.write(utf8("0\r\n\r\n"));
            } else {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream(), new AtomicLong(body.length));
        }
    }

    /** Sends 200 MB of a JSON text in 64 KiB writes from another thread, reading the answer as it comes. */
    private static Answer stream(boolean chunked) throws Exception {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(chunked ? -1 : HUGE));
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                byte[] start = utf8("{\"text\":\"");
                System.arraycopy(start, 0, chunk, 0, start.length);
                try {
                    while (sent.get() < HUGE) {
                        if (chunked) {
                            writeChunk(out, chunk, chunk.length);
                        } else {
                            out.write(chunk);
                        }
                        sent.addAndGet(chunk.length);
                    }
                    if (chunked) {
                        out.write(utf8("0\r\n\r\n"));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed while we were still sending: what a refusal before reading looks like
                }
            });
            Answer answer = read(socket.getInputStream(), sent);
            socket.close();
            sending.get(30, TimeUnit.SECONDS);
            return answer;
        }
    }

    private static Socket open() throws IOException {
        Socket socket = new Socket("localhost", server.port());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static byte[] head(long contentLength) {
        return utf8("POST " + path + " HTTP/1.1\r\n"
                + "Host: localhost:" + server.port() + "\r\n"
                + "Cookie: JSESSIONID=" + session + "\r\n"
                + "Content-Type: application/json\r\n"
                + (contentLength < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + contentLength + "\r\n")
                + "Connection: close\r\n\r\n");
    }

    private static void writeChunk(OutputStream out, byte[] bytes, int length) throws IOException {
        out.write(utf8(Integer.toHexString(length) + "\r\n"));
        out.write(bytes, 0, length);
        out.write(utf8("\r\n"));
    }

    /** Status line, headers, then the body by Content-Length or chunks; notes what had been sent when the status came. */
    private static Answer read(InputStream in, AtomicLong sent) throws IOException {
        String statusLine = line(in);
        long sentThen = sent.get();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (length >= 0) {
            body.write(in.readNBytes((int) length));
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8), sentThen);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection ended mid-line: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
