package io.outloud.preview.http;

import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preview on its H2 file killed with kill -9 while people write keeps every write it acknowledged: H2 writes each
 * commit to the file before the answer goes out (WRITE_DELAY=0), not half a second later.
 */
class PreviewDurabilityTest {
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 200;

    @TempDir
    Path dir;

    @Test
    void killedWhileWriting_keepsEveryAcknowledgedReply() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path work = Files.createDirectories(dir.resolve("work"));
        String replies;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (PreviewProcess first = PreviewProcess.start(work, data, dir.resolve("first.log"))) {
            replies = repliesPath(first.baseUrl());
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                running.add(writers.submit(() -> write(first.baseUrl(), replies, writer, acknowledged, killed)));
            }
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_THE_KILL && running.stream().noneMatch(Future::isDone)) {
                Thread.sleep(5);
            }
            killed.set(true);
            first.kill(); // while the writers are still writing: the last acknowledged writes are the ones at risk
            writers.shutdown();
            assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES));
            for (Future<?> writer : running) {
                writer.get(); // a writer that failed before the kill fails the test
            }
        }
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_THE_KILL, "writes acknowledged: " + acknowledged.size());

        try (PreviewProcess second = PreviewProcess.start(work, data, dir.resolve("second.log"))) {
            String stored = allReplies(new PreviewClient(second.baseUrl()), replies);
            List<String> lost = acknowledged.stream().filter(text -> !stored.contains("\"" + text + "\"")).sorted().toList();
            assertEquals(List.of(), lost, "acknowledged before kill -9 but gone after the restart (of " + acknowledged.size() + ")");
        }
    }

    /** Replies until the preview is killed; each one the preview answered 201 is acknowledged. */
    private static Void write(String baseUrl, String replies, int writer, Set<String> acknowledged, AtomicBoolean killed) throws IOException {
        PreviewClient client = new PreviewClient(baseUrl).actAs(DemoContent.PEOPLE.get(writer % DemoContent.PEOPLE.size()).getName());
        for (int i = 0; ; i++) {
            String text = "durable-" + writer + "-" + i;
            PreviewClient.Response answer;
            try {
                answer = client.postJson(replies, "{\"text\":\"" + text + "\"}");
            } catch (IOException e) {
                if (killed.get()) {
                    return null;
                }
                throw e;
            }
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("reply " + text + " answered " + answer.statusCode() + ": " + answer.body());
            }
            acknowledged.add(text);
        }
    }

    /** The replies of the welcome page's first block. */
    private static String repliesPath(String baseUrl) throws IOException {
        PreviewClient anonymous = new PreviewClient(baseUrl);
        Matcher page = Pattern.compile("pageId=(\\d+)\">" + Pattern.quote(DemoContent.WELCOME) + "<").matcher(anonymous.get("/").body());
        assertTrue(page.find(), "the welcome page on the home page");
        Matcher block = Pattern.compile("data-macro-id=\"([^\"]+)\"").matcher(anonymous.get("/pages/viewpage.action?pageId=" + page.group(1)).body());
        assertTrue(block.find(), "a block on the welcome page");
        return "/rest/outloud/1.0/blocks/" + page.group(1) + "/" + block.group(1) + "/replies";
    }

    /** Every page of replies, following "next" while there are "more". */
    private static String allReplies(PreviewClient client, String replies) throws IOException {
        Pattern next = Pattern.compile("\"next\":(\\d+)");
        StringBuilder all = new StringBuilder();
        String after = "0";
        for (int pages = 0; pages < 10_000; pages++) {
            PreviewClient.Response answer = client.get(replies + "?limit=50&after=" + after);
            assertEquals(200, answer.statusCode(), answer.body());
            all.append(answer.body());
            Matcher cursor = next.matcher(answer.body());
            if (!answer.body().contains("\"more\":true") || !cursor.find()) {
                return all.toString();
            }
            after = cursor.group(1);
        }
        throw new IllegalStateException("replies without end");
    }
}
