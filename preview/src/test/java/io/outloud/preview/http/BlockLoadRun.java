package io.outloud.preview.http;

import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.SpacePermission;
import io.outloud.preview.web.RequestFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load run of the working-out-loud block against a real preview (Jetty, H2 by default, or PostgreSQL when
 * OUTLOUD_BENCH_DB_URL names one), printing its figures. Not a test: performance targets are read here, never
 * asserted in timed unit tests. Run with {@code scripts/bench}. Bounded in requests and time; loopback only.
 */
public final class BlockLoadRun {
    private static final Pattern MACRO_ID = Pattern.compile("data-macro-id=\"([^\"]+)\"");
    private static final int USERS = 50;
    private static final int REQUESTS_PER_USER = 40;

    private BlockLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("outloud-bench");
        String db = System.getenv().getOrDefault("OUTLOUD_BENCH_DB_URL", "");
        PreviewConfig config = new PreviewConfig(0, db.isBlank() ? null : db, dataDir, PreviewConfig.forTest(dataDir).nodeModules(), true);
        try (PreviewServer server = PreviewServer.start(config)) {
            System.out.println("Out Loud load run on " + (db.isBlank() ? "H2" : "PostgreSQL") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
            List<String> users = benchUsers(server, 200);
            statementsPerPage(server);
            renderRatio(server);
            latencyUnderLoad(server, users.subList(0, USERS));
            exactCountsUnderContention(server, users);
        }
    }

    private static List<String> benchUsers(PreviewServer server, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "bench" + i;
            String key = "bench-key-" + i;
            server.hosts().users().save(new PreviewUser(key, name, "Bench User " + i, null, "Department " + (i % 12), "Tester", false));
            server.hosts().spaces().grant(DemoContent.TEAM, key, SpacePermission.VIEW, SpacePermission.EDIT);
            names.add(name);
        }
        return names;
    }

    private static void statementsPerPage(PreviewServer server) throws Exception {
        PreviewClient client = new PreviewClient(server.baseUrl()).actAs("alice");
        StringBuilder line = new StringBuilder("SQL statements to render a page with blocks:");
        for (int blocks : new int[]{1, 10, 50}) {
            long pageId = server.hosts().pages().create(DemoContent.TEAM, "Bench " + blocks, PreviewHttpTest.blocksStorage(blocks), "8a7f80a1-eva");
            client.get("/pages/viewpage.action?pageId=" + pageId); // first render registers the blocks
            String statements = client.get("/pages/viewpage.action?pageId=" + pageId).header(RequestFilter.SQL_HEADER).orElse("?");
            line.append(String.format(Locale.ROOT, "  %d blocks: %s", blocks, statements));
        }
        System.out.println(line);
    }

    private static void renderRatio(PreviewServer server) throws Exception {
        long blocksPage = server.hosts().pages().create(DemoContent.TEAM, "Bench 50 blocks", PreviewHttpTest.blocksStorage(50), "8a7f80a1-eva");
        StringBuilder panels = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            panels.append("<div class=\"panel\"><p><strong>Panel ").append(i).append("</strong></p><p>Block ").append(i).append("</p></div>");
        }
        long panelsPage = server.hosts().pages().create(DemoContent.TEAM, "Bench 50 panels", panels.toString(), "8a7f80a1-eva");
        PreviewClient client = new PreviewClient(server.baseUrl()).actAs("alice");
        double blocks = medianMillis(client, "/pages/viewpage.action?pageId=" + blocksPage, 40);
        double plain = medianMillis(client, "/pages/viewpage.action?pageId=" + panelsPage, 40);
        System.out.printf(Locale.ROOT, "Render time, median of 40: 50 blocks %.1f ms, 50 plain panels %.1f ms, ratio %.2f%n", blocks, plain, blocks / plain);
    }

    private static double medianMillis(PreviewClient client, String path, int runs) throws Exception {
        for (int i = 0; i < 5; i++) {
            client.get(path); // warm up
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            client.get(path);
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static void latencyUnderLoad(PreviewServer server, List<String> users) throws Exception {
        long pageId = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.WELCOME).orElseThrow().id();
        String block = blockPath(server, pageId);
        for (String kind : new String[]{"reactions", "replies"}) {
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            runConcurrently(users, user -> {
                PreviewClient client = new PreviewClient(server.baseUrl()).actAs(user);
                for (int i = 0; i < REQUESTS_PER_USER; i++) {
                    long t = System.nanoTime();
                    int status = kind.equals("reactions")
                            ? client.postJson(block + "/reactions", "{\"kind\":\"useful\"}").statusCode()
                            : client.postJson(block + "/replies", "{\"text\":\"Load run reply " + i + "\"}").statusCode();
                    latencies.add((System.nanoTime() - t) / 1e6);
                    if (status >= 300) {
                        throw new IllegalStateException(kind + " answered " + status);
                    }
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "%s under %d concurrent users (%d requests): p50 %.1f ms, p99 %.1f ms, %.0f requests/s%n",
                    kind.equals("reactions") ? "Reaction toggles" : "Replies", users.size(), sorted.size(),
                    sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.size() / seconds);
        }
    }

    private static void exactCountsUnderContention(PreviewServer server, List<String> users) throws Exception {
        long pageId = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.WELCOME).orElseThrow().id();
        String block = blockPath(server, pageId, 3);
        runConcurrently(users, user -> new PreviewClient(server.baseUrl()).actAs(user).postJson(block + "/reactions", "{\"kind\":\"thanks\"}"));
        String summary = new PreviewClient(server.baseUrl()).get(block + "/reactions").body();
        Matcher thanks = Pattern.compile("\\{\"kind\":\"thanks\",\"count\":(\\d+)").matcher(summary);
        thanks.find();
        System.out.printf(Locale.ROOT, "Concurrent reactions: %d users toggled \"thanks\" at once, count is %s (%s)%n",
                users.size(), thanks.group(1), Integer.parseInt(thanks.group(1)) == users.size() ? "exact" : "WRONG");
    }

    private static String blockPath(PreviewServer server, long pageId) throws Exception {
        return blockPath(server, pageId, 2);
    }

    private static String blockPath(PreviewServer server, long pageId, int index) throws Exception {
        Matcher ids = MACRO_ID.matcher(new PreviewClient(server.baseUrl()).get("/pages/viewpage.action?pageId=" + pageId).body());
        for (int i = 0; i <= index; i++) {
            ids.find();
        }
        return "/rest/outloud/1.0/blocks/" + pageId + "/" + ids.group(1);
    }

    private interface UserWork {
        void run(String user) throws Exception;
    }

    private static void runConcurrently(List<String> users, UserWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (String user : users) {
            futures.add(pool.submit(() -> {
                go.await();
                work.run(user);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }
}
