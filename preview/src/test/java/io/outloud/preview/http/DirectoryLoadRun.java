package io.outloud.preview.http;

import io.outloud.community.CommunityMembers;
import io.outloud.community.ao.AoCommunity;
import io.outloud.community.ao.AoCommunityMember;
import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.web.RequestFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory's load run ({@code scripts/bench directory}): 10,000 communities with 1,000,000 memberships (100 each,
 * in 12 departments), seeded with batched SQL inserts as rows from before the counters (the departments job's backfill
 * counts them, timed), then the directory's first page and a deep keyset page (the 9,000th community on) in each sort
 * order over HTTP: p50 and p95 of {@value #RUNS} requests and the SQL statements of one. Figures printed, never
 * asserted. H2 by default; OUTLOUD_BENCH_DB_URL names a PostgreSQL instead. Also prints the machine's load average.
 */
public final class DirectoryLoadRun {
    static final int COMMUNITIES = 10_000;
    static final int MEMBERS_EACH = 100;
    static final int RUNS = 200;
    private static final String[] DEPARTMENTS = {"Design", "Engineering", "Finance", "HR", "IT", "Legal", "Marketing", "Operations",
            "Research", "Sales", "Support", "Security"};

    private DirectoryLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        // OUTLOUD_BENCH_DATA_DIR: an H2 folder a run seeded before, measured again without seeding (on PostgreSQL the
        // schema is reused the same way when it holds the communities already).
        String kept = System.getenv().getOrDefault("OUTLOUD_BENCH_DATA_DIR", "");
        Path dataDir = kept.isBlank() ? Files.createTempDirectory("outloud-bench") : Path.of(kept);
        String db = System.getenv().getOrDefault("OUTLOUD_BENCH_DB_URL", "");
        PreviewConfig config = PreviewConfig.forTest(dataDir).withDatabaseUrl(db.isBlank() ? null : db);
        try (PreviewServer server = PreviewServer.start(config)) {
            System.out.println("Out Loud directory load run on " + (db.isBlank() ? "H2" : "PostgreSQL") + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, load average " + loadAverage());
            System.out.println("Data: " + dataDir);
            long t0 = System.nanoTime();
            boolean seeded = communities(server) >= COMMUNITIES;
            if (!seeded) {
                seed(server);
            }
            double seedSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            CommunityMembers members = server.hosts().plugin().bean(CommunityMembers.class);
            int counted = 0;
            for (int batch = members.countUncounted(100); batch > 0; batch = members.countUncounted(100)) {
                counted += batch;
            }
            System.out.printf(Locale.ROOT, "%s %,d communities and %,d memberships in %.1f s; backfill counted %,d communities in %.1f s%n",
                    seeded ? "Reused (seeded before)" : "Seeded", COMMUNITIES, COMMUNITIES * MEMBERS_EACH, seedSeconds, counted,
                    (System.nanoTime() - t0) / 1e9);

            PreviewClient alice = new PreviewClient(server.baseUrl()).actAs("alice");
            String rest = "/rest/outloud/1.0/communities";
            for (int i = 0; i < 100; i++) {
                alice.get(rest + "?sort=" + (i % 2 == 0 ? "size" : "activity")); // the JIT's warm-up, not any one sort's
            }
            for (String sort : new String[]{"activity", "size", "name"}) {
                measure(alice, "first page, sort " + sort, rest + "?sort=" + sort);
                measure(alice, "deep page (from the 9,000th), sort " + sort, rest + "?sort=" + sort + "&cursor=" + deepCursor(alice, rest, sort));
            }
            measure(alice, "first page, search 'bench 77'", rest + "?q=bench%2077");
            measure(alice, "first page, label 'label-7'", rest + "?label=label-7");
            measure(alice, "first page, department Security", rest + "?department=Security");
            System.out.println("Load average after: " + loadAverage());
        }
    }

    private static void measure(PreviewClient client, String what, String path) throws Exception {
        PreviewClient.Response answer = client.get(path);
        if (answer.statusCode() != 200 || !answer.body().contains("Bench ")) {
            throw new IllegalStateException(what + " answered " + answer.statusCode() + ": " + answer.body());
        }
        String statements = answer.header(RequestFilter.SQL_HEADER).orElse("?");
        List<Double> times = sortedMillis(client, path, RUNS);
        System.out.printf(Locale.ROOT, "  directory %s: of %d, p50 %.1f ms, p95 %.1f ms, %s SQL statements%n", what, RUNS,
                percentile(times, 50), percentile(times, 95), statements);
    }

    /** The cursor after the 9,000th community of this sort: walked there with pages of 50 (not timed). */
    private static String deepCursor(PreviewClient client, String rest, String sort) throws Exception {
        Pattern next = Pattern.compile("\"next\":\"(\\d+-\\d+)\"");
        String cursor = "";
        for (int shown = 0; shown < 9_000; shown += 50) {
            Matcher found = next.matcher(client.get(rest + "?limit=50&sort=" + sort + "&cursor=" + cursor).body());
            if (!found.find()) {
                throw new IllegalStateException("no next page after " + shown);
            }
            cursor = found.group(1);
        }
        return cursor;
    }

    /**
     * Communities made through the form (seen by anyone signed in), each with 100 members from 12 departments, written
     * as rows from before the counters (COUNT_SERIAL 0), in batches of 1,000 rows, each committed.
     */
    private static void seed(PreviewServer server) throws Exception {
        String communities = server.hosts().activeObjects().tableName(AoCommunity.class);
        String memberships = server.hosts().activeObjects().tableName(AoCommunityMember.class);
        long base = System.currentTimeMillis() - 30L * 24 * 3600 * 1000;
        try (Connection connection = server.hosts().activeObjects().dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"" + communities + "\" (\"COMMUNITY_KEY\", \"NAME\","
                    + " \"NAME_KEY\", \"CURIOSITY\", \"ACCESS_MODE\", \"LABELS\", \"HOME_PAGE_ID\", \"LAST_HOME_ID\", \"HOME_MACRO_ID\","
                    + " \"CREATED_BY\", \"CREATED_AT\", \"ACTIVE_AT\", \"COUNT_SERIAL\") VALUES (?, ?, ?, ?, 'open', ?, 0, 0, '', ?, ?, ?, 0)")) {
                for (int c = 0; c < COMMUNITIES; c++) {
                    insert.setString(1, "bench-" + c);
                    insert.setString(2, "Bench " + c);
                    insert.setString(3, "bench " + c);
                    insert.setString(4, "Why does " + c + " matter?");
                    insert.setString(5, " label-" + (c % 50) + " bench ");
                    insert.setString(6, "8a7f80a1-eva");
                    insert.setLong(7, base + c * 1_000L);
                    insert.setLong(8, base + ((c * 7919L) % COMMUNITIES) * 1_000L);
                    insert.addBatch();
                    if (c % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"" + memberships + "\" (\"MEMBER_KEY\", \"COMMUNITY_KEY\","
                    + " \"USER_KEY\", \"JOINED_AT\", \"STATE\", \"ROLE\", \"DEPARTMENT\", \"DEPARTMENT_ORDER\") VALUES (?, ?, ?, ?, 'member', ?, ?, ?)")) {
                int rows = 0;
                for (int c = 0; c < COMMUNITIES; c++) {
                    // Sizes differ a little (the size sort has something to sort), departments by community and member.
                    int size = MEMBERS_EACH - 5 + (c % 11);
                    for (int m = 0; m < size && rows < COMMUNITIES * MEMBERS_EACH; m++) {
                        String user = "bench-person-" + ((c * 31 + m) % 20_000);
                        String department = DEPARTMENTS[(c + m) % (1 + c % DEPARTMENTS.length)];
                        insert.setString(1, "bench-" + c + "/" + user);
                        insert.setString(2, "bench-" + c);
                        insert.setString(3, user);
                        insert.setLong(4, base + c * 1_000L + m);
                        insert.setString(5, m == 0 ? "lead" : "member");
                        insert.setString(6, department);
                        insert.setString(7, "0" + department);
                        insert.addBatch();
                        if (++rows % 1_000 == 0) {
                            insert.executeBatch();
                            connection.commit(); // one huge transaction takes H2 minutes to commit
                        }
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int communities(PreviewServer server) {
        return server.hosts().activeObjects().count(AoCommunity.class, "ID > ?", 0);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

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

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
