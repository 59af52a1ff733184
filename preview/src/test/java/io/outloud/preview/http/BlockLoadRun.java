package io.outloud.preview.http;

import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.SpacePermission;
import io.outloud.preview.web.RequestFilter;
import io.outloud.wol.LabelBackfill;
import io.outloud.wol.StreamCursor;
import io.outloud.wol.StreamFilter;
import io.outloud.wol.ao.AoBlock;
import io.outloud.wol.ao.AoStreamStore;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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
    private static final int STREAM_BLOCKS = 100_000;
    private static final int STREAM_PAGES = 2_000;
    private static final int STREAM_RUNS = 60;
    private static final int STEADY_WARM_UP = 200;
    private static final int STEADY_REQUESTS = 400;
    private static final int STEADY_SLICE = 20;

    private BlockLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("stream")) {
            streamOnly();
            return;
        }
        if (args.length > 0 && args[0].equals("render")) {
            renderOnly();
            return;
        }
        boolean thoughtsOnly = args.length > 0 && args[0].equals("thoughts");
        Path dataDir = Files.createTempDirectory("outloud-bench");
        String db = System.getenv().getOrDefault("OUTLOUD_BENCH_DB_URL", "");
        PreviewConfig config = PreviewConfig.forTest(dataDir).withDatabaseUrl(db.isBlank() ? null : db);
        try (PreviewServer server = PreviewServer.start(config)) {
            System.out.println("Out Loud load run on " + (db.isBlank() ? "H2" : "PostgreSQL") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
            List<String> users = benchUsers(server, 200);
            statementsPerPage(server);
            if (thoughtsOnly) {
                thoughts(server, users.subList(0, USERS));
                return;
            }
            renderRatio(server);
            latencyUnderLoad(server, users.subList(0, USERS));
            exactCountsUnderContention(server, users);
            thoughts(server, users.subList(0, USERS));
            streamOverManyBlocks(server, users);
        }
    }

    /** Only the stream figures ({@code BlockLoadRun stream}). */
    private static void streamOnly() throws Exception {
        Path dataDir = Files.createTempDirectory("outloud-bench");
        String db = System.getenv().getOrDefault("OUTLOUD_BENCH_DB_URL", "");
        PreviewConfig config = PreviewConfig.forTest(dataDir).withDatabaseUrl(db.isBlank() ? null : db);
        try (PreviewServer server = PreviewServer.start(config)) {
            System.out.println("Out Loud stream run on " + (db.isBlank() ? "H2" : "PostgreSQL"));
            streamOverManyBlocks(server, benchUsers(server, 200));
        }
    }

    /** Only the statements per page and the render ratio ({@code BlockLoadRun render}), e.g. to profile the render. */
    private static void renderOnly() throws Exception {
        Path dataDir = Files.createTempDirectory("outloud-bench");
        String db = System.getenv().getOrDefault("OUTLOUD_BENCH_DB_URL", "");
        PreviewConfig config = PreviewConfig.forTest(dataDir).withDatabaseUrl(db.isBlank() ? null : db);
        try (PreviewServer server = PreviewServer.start(config)) {
            System.out.println("Out Loud render run on " + (db.isBlank() ? "H2" : "PostgreSQL"));
            statementsPerPage(server);
            for (int round = 0; round < Integer.getInteger("outloud.bench.rounds", 1); round++) {
                renderRatio(server);
            }
        }
    }

    /** People bench0..bench(count-1), in 12 departments, who may view and edit the team space; their usernames. */
    static List<String> benchUsers(PreviewServer server, int count) {
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
            PreviewClient.Response page = client.get("/pages/viewpage.action?pageId=" + pageId);
            line.append(String.format(Locale.ROOT, "  %d blocks: %s (the app's own %s)", blocks, page.header(RequestFilter.SQL_HEADER).orElse("?"),
                    page.header(RequestFilter.APP_SQL_HEADER).orElse("?")));
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
        double blocksCpu = cpuMillis(client, "/pages/viewpage.action?pageId=" + blocksPage, 40);
        double plainCpu = cpuMillis(client, "/pages/viewpage.action?pageId=" + panelsPage, 40);
        System.out.printf(Locale.ROOT, "Render CPU time per request (this process, client included), 40 each: 50 blocks %.1f ms, 50 plain panels %.1f ms,"
                + " ratio %.2f%n", blocksCpu, plainCpu, blocksCpu / plainCpu);
        double[] steady = steadyCpuMillis(client, "/pages/viewpage.action?pageId=" + blocksPage, "/pages/viewpage.action?pageId=" + panelsPage);
        System.out.printf(Locale.ROOT, "Render CPU time per request, steady (%d each after %d to warm up, in alternating slices of %d): 50 blocks %.2f ms,"
                + " 50 plain panels %.2f ms, ratio %.2f%n", STEADY_REQUESTS, STEADY_WARM_UP, STEADY_SLICE, steady[0], steady[1], steady[0] / steady[1]);
    }

    /**
     * Half-finished thoughts: SQL statements per page with 1, 10 and 50 thoughts (each with feedback), the render time of
     * 50 thoughts, and feedback latency under concurrent givers.
     */
    private static void thoughts(PreviewServer server, List<String> users) throws Exception {
        PreviewClient eva = new PreviewClient(server.baseUrl()).actAs("eva");
        PreviewClient alice = new PreviewClient(server.baseUrl()).actAs("alice");
        StringBuilder line = new StringBuilder("SQL statements to render a page with thoughts:");
        long fifty = 0;
        for (int thoughts : new int[]{1, 10, 50}) {
            long pageId = server.hosts().pages().create(DemoContent.TEAM, "Bench thoughts " + thoughts, thoughtsStorage(thoughts), "8a7f80a1-eva");
            eva.get("/pages/viewpage.action?pageId=" + pageId); // the author's first render registers the thoughts
            for (int i = 0; i < thoughts; i++) {
                alice.postJson("/rest/outloud/1.0/thoughts/" + pageId + "/bench-t-" + i + "/feedback", "{\"kind\":\"go-on\",\"text\":\"More!\"}");
            }
            String statements = alice.get("/pages/viewpage.action?pageId=" + pageId).header(RequestFilter.SQL_HEADER).orElse("?");
            line.append(String.format(Locale.ROOT, "  %d thoughts: %s", thoughts, statements));
            fifty = pageId;
        }
        System.out.println(line);
        System.out.printf(Locale.ROOT, "Render time, median of 40: 50 thoughts %.1f ms%n", medianMillis(alice, "/pages/viewpage.action?pageId=" + fifty, 40));
        String feedback = "/rest/outloud/1.0/thoughts/" + fifty + "/bench-t-0/feedback";
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        runConcurrently(users, user -> {
            PreviewClient client = new PreviewClient(server.baseUrl()).actAs(user);
            for (int i = 0; i < REQUESTS_PER_USER; i++) {
                long t = System.nanoTime();
                int status = client.postJson(feedback, "{\"kind\":\"helps-me\",\"text\":\"Load run feedback " + i + "\"}").statusCode();
                latencies.add((System.nanoTime() - t) / 1e6);
                if (status >= 300) {
                    throw new IllegalStateException("feedback answered " + status);
                }
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "Feedback under %d concurrent users (%d requests): p50 %.1f ms, p99 %.1f ms, %.0f requests/s%n",
                users.size(), sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.size() / seconds);
    }

    static String thoughtsStorage(int thoughts) {
        StringBuilder storage = new StringBuilder();
        for (int i = 0; i < thoughts; i++) {
            storage.append("<ac:structured-macro ac:name=\"half-finished-thought\" ac:schema-version=\"1\" ac:macro-id=\"bench-t-").append(i)
                    .append("\"><ac:parameter ac:name=\"question\">Question ").append(i).append("?</ac:parameter>")
                    .append("<ac:rich-text-body><p>Thought ").append(i).append("</p></ac:rich-text-body></ac:structured-macro>");
        }
        return storage.toString();
    }

    private static double medianMillis(PreviewClient client, String path, int runs) throws Exception {
        List<Double> times = sortedMillis(client, path, runs);
        return times.get(times.size() / 2);
    }

    /**
     * The process's CPU time per GET, in milliseconds: on a shared machine wall times mostly measure the wait for a
     * core, while CPU time measures the work (the client's share is the same for both pages compared).
     */
    private static double cpuMillis(PreviewClient client, String path, int runs) throws Exception {
        for (int i = 0; i < 5; i++) {
            client.get(path); // warm up
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long start = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            client.get(path);
        }
        return (os.getProcessCpuTime() - start) / 1e6 / runs;
    }

    /**
     * The process's CPU time per GET of two pages, in milliseconds, once the JIT has compiled what both use: the pages
     * alternate in short slices, so that compilation, garbage collection and the database's background work going on
     * meanwhile fall on both alike (with 40 requests after 5, a plain page of about 1 ms read anything from 0.5 to 8 ms).
     */
    private static double[] steadyCpuMillis(PreviewClient client, String first, String second) throws Exception {
        for (int i = 0; i < STEADY_WARM_UP; i++) {
            client.get(first);
            client.get(second);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long[] nanos = new long[2];
        for (int done = 0; done < STEADY_REQUESTS; done += STEADY_SLICE) {
            for (int page = 0; page < 2; page++) {
                long start = os.getProcessCpuTime();
                for (int i = 0; i < STEADY_SLICE; i++) {
                    client.get(page == 0 ? first : second);
                }
                nanos[page] += os.getProcessCpuTime() - start;
            }
        }
        return new double[]{nanos[0] / 1e6 / STEADY_REQUESTS, nanos[1] / 1e6 / STEADY_REQUESTS};
    }

    /** The times of {@code runs} GETs after five to warm up, in milliseconds, sorted. */
    private static List<Double> sortedMillis(PreviewClient client, String path, int runs) throws Exception {
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
        return times;
    }

    /** The nearest-rank percentile of sorted times. */
    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
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

    /**
     * Stream query time over {@value #STREAM_BLOCKS} blocks. The rows go straight into the block table with batched
     * JDBC inserts (the store's own path would cost a count and an insert per block); their values are what the
     * plugin writes: BLOCK_KEY "pageId/macroId", MACRO_ID "bench-m-k", PAGE_ID one of {@value #STREAM_PAGES} pages in
     * the public team space (each page's storage holds its {@code STREAM_BLOCKS / STREAM_PAGES} block macros, so the
     * stream finds their working-on lines), SPACE_KEY the team space, AUTHOR_KEY one of the 200 bench users, STATUS
     * cycling EXPLORING, IN_PROGRESS, STUCK, DONE, CREATED_AT one minute apart (block i on page i mod pages, so a
     * stream page of n items touches n distinct pages: the worst case for the permission checks and storage
     * parses), TRASHED false, COMMUNITY "community-(i mod 20)", LABELS ",label-(i mod 50),bench," (moved into the label
     * table by the backfill, as on an upgraded site).
     */
    private static void streamOverManyBlocks(PreviewServer server, List<String> users) throws Exception {
        int perPage = STREAM_BLOCKS / STREAM_PAGES;
        long started = System.nanoTime();
        long[] pageIds = new long[STREAM_PAGES];
        for (int p = 0; p < STREAM_PAGES; p++) {
            StringBuilder storage = new StringBuilder("<p>Stream bench page ").append(p).append("</p>");
            for (int k = 0; k < perPage; k++) {
                storage.append("<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"bench-m-").append(k)
                        .append("\"><ac:parameter ac:name=\"working-on\">Bench work ").append(p).append('/').append(k)
                        .append("</ac:parameter><ac:rich-text-body><p>b</p></ac:rich-text-body></ac:structured-macro>");
            }
            pageIds[p] = server.hosts().pages().create(DemoContent.TEAM, "Stream bench " + p, storage.toString(), "8a7f80a1-eva");
        }
        double pagesSeconds = (System.nanoTime() - started) / 1e9;
        String table = server.hosts().activeObjects().tableName(AoBlock.class);
        String[] statuses = {"EXPLORING", "IN_PROGRESS", "STUCK", "DONE"};
        // Newer than anything the other sections created, so the stream's first pages are these rows in a full run too.
        long base = System.currentTimeMillis() + 60_000L;
        started = System.nanoTime();
        try (Connection connection = server.hosts().activeObjects().dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            String sql = "INSERT INTO \"" + table + "\" (\"BLOCK_KEY\", \"MACRO_ID\", \"PAGE_ID\", \"SPACE_KEY\", \"AUTHOR_KEY\", \"STATUS\","
                    + " \"CREATED_AT\", \"TRASHED\", \"COMMUNITY\", \"LABELS\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < STREAM_BLOCKS; i++) {
                    long pageId = pageIds[i % STREAM_PAGES];
                    String macroId = "bench-m-" + (i / STREAM_PAGES);
                    insert.setString(1, pageId + "/" + macroId);
                    insert.setString(2, macroId);
                    insert.setLong(3, pageId);
                    insert.setString(4, DemoContent.TEAM);
                    insert.setString(5, "bench-key-" + (i % users.size()));
                    insert.setString(6, statuses[i % statuses.length]);
                    insert.setLong(7, base + i * 60_000L);
                    insert.setBoolean(8, false);
                    insert.setString(9, "community-" + (i % 20));
                    insert.setString(10, ",label-" + (i % 50) + ",bench,");
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
        double insertSeconds = (System.nanoTime() - started) / 1e9;
        // The rows carry their labels the old way (the LABELS column), as on a site upgraded from before the label
        // table: the backfill job's batches move them, timed here.
        started = System.nanoTime();
        LabelBackfill backfill = new AoStreamStore(server.hosts().activeObjects());
        int moved = 0;
        for (int batch = backfill.backfillLabels(500); batch > 0; batch = backfill.backfillLabels(500)) {
            moved += batch;
        }
        double backfillSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "Stream over %,d blocks: %d pages created in %.1f s, block rows inserted in %.1f s, "
                        + "labels of %,d blocks backfilled into the label table in %.1f s%n",
                STREAM_BLOCKS, STREAM_PAGES, pagesSeconds, insertSeconds, moved, backfillSeconds);

        // A cursor deep in the stream: the block 90% of the way down (newest first), as a "more" request would carry it.
        long deepId;
        long deepCreatedAt;
        try (Connection connection = server.hosts().activeObjects().dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT \"ID\", \"CREATED_AT\" FROM \"" + table
                     + "\" WHERE \"PAGE_ID\" = ? AND \"MACRO_ID\" = ?")) {
            int deep = STREAM_BLOCKS / 10; // the 10% oldest
            query.setLong(1, pageIds[deep % STREAM_PAGES]);
            query.setString(2, "bench-m-" + (deep / STREAM_PAGES));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                deepId = row.getLong(1);
                deepCreatedAt = row.getLong(2);
            }
        }
        String deepCursor = deepCreatedAt + "-" + deepId;
        PreviewClient client = new PreviewClient(server.baseUrl()).actAs("alice");
        String stream = "/rest/outloud/1.0/stream";
        String[][] cases = {
                {"first page (limit 10)", stream + "?limit=10"},
                {"first page (limit 50)", stream + "?limit=50"},
                {"deep keyset page (limit 10, 90,000 blocks newer)", stream + "?limit=10&before=" + deepCursor},
                {"first page, space filter", stream + "?space=" + DemoContent.TEAM + "&limit=10"},
                {"first page, status=stuck", stream + "?status=stuck&limit=10"},
                {"first page, label filter", stream + "?label=label-7&limit=10"},
                {"first page, community filter", stream + "?community=community-3&limit=10"},
                {"deep page, label filter", stream + "?label=label-7&limit=10&before=" + deepCursor},
                {"first page, label every block carries", stream + "?label=bench&limit=10"},
                {"first page, label and status filter", stream + "?label=label-6&status=stuck&limit=10"},
        };
        labelQueries(server, table, deepCursor);
        for (String[] c : cases) {
            PreviewClient.Response answer = client.get(c[1]);
            if (answer.statusCode() != 200 || !answer.body().contains("Bench work")) {
                throw new IllegalStateException(c[0] + " answered " + answer.statusCode() + ": " + answer.body());
            }
            String statements = answer.header(RequestFilter.SQL_HEADER).orElse("?");
            List<Double> times = sortedMillis(client, c[1], STREAM_RUNS);
            System.out.printf(Locale.ROOT, "  stream %s: of %d, p50 %.1f ms, p95 %.1f ms, %s SQL statements%n", c[0], STREAM_RUNS,
                    percentile(times, 50), percentile(times, 95), statements);
        }
    }

    /**
     * The database's share of a label-filtered stream, without HTTP and the host's permission checks: the store's
     * batch (the label table's rows, then their blocks) against the single LIKE query on the delimited LABELS column
     * that the store ran before the label table (run here on an indexed column of the same shape and selectivity,
     * ",label-(ID mod 50),bench,", added for the purpose, since the backfill emptied LABELS).
     */
    private static void labelQueries(PreviewServer server, String table, String deepCursor) throws Exception {
        AoStreamStore store = new AoStreamStore(server.hosts().activeObjects());
        StreamCursor deep = StreamCursor.parse(deepCursor);
        String like = "SELECT \"ID\" FROM \"" + table + "\" WHERE \"TRASHED\" = ? AND \"OLD_LABELS\" LIKE ? ESCAPE '!'"
                + " ORDER BY \"CREATED_AT\" DESC, \"ID\" DESC FETCH FIRST 21 ROWS ONLY";
        try (Connection connection = server.hosts().activeObjects().dataSource().getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("ALTER TABLE \"" + table + "\" ADD COLUMN \"OLD_LABELS\" VARCHAR(255)");
                ddl.execute("UPDATE \"" + table + "\" SET \"OLD_LABELS\" = ',label-' || MOD(\"ID\", 50) || ',bench,'");
                ddl.execute("CREATE INDEX \"bench_old_labels\" ON \"" + table + "\" (\"OLD_LABELS\")");
            }
            for (String[] c : new String[][]{{"first batch", null}, {"deep batch", deepCursor}}) {
                StreamCursor before = c[1] == null ? null : deep;
                List<Double> table2 = timed(() -> store.recent(new StreamFilter(null, "label-7", null, null, null), before, 21));
                List<Double> old = timed(() -> {
                    try (PreparedStatement query = connection.prepareStatement(c[1] == null ? like
                            : like.replace("ORDER BY", "AND (\"CREATED_AT\" < " + deep.createdAtMillis() + " OR (\"CREATED_AT\" = "
                            + deep.createdAtMillis() + " AND \"ID\" < " + deep.id() + ")) ORDER BY"))) {
                        query.setBoolean(1, false);
                        query.setString(2, "%,label-7,%");
                        try (ResultSet rows = query.executeQuery()) {
                            while (rows.next()) {
                                rows.getLong(1);
                            }
                        }
                    }
                    return null;
                });
                System.out.printf(Locale.ROOT, "  label filter, database only, %s of 21: label table p50 %.2f ms, p95 %.2f ms;"
                                + " LIKE on the delimited column (before) p50 %.2f ms, p95 %.2f ms%n", c[0],
                        percentile(table2, 50), percentile(table2, 95), percentile(old, 50), percentile(old, 95));
            }
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static List<Double> timed(Work work) throws Exception {
        for (int i = 0; i < 10; i++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times;
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
