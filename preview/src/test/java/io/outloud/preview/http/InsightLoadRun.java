package io.outloud.preview.http;

import com.atlassian.scheduler.config.JobId;
import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.content.MacroIdentity;
import io.outloud.insight.job.FlowRollupJob;
import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.web.RequestFilter;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.ao.AoBlockStore;
import io.outloud.wol.ao.AoHelpOffer;
import io.outloud.wol.ao.AoReaction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The insight over 1,000,000 recorded acts (H2 by default, PostgreSQL when OUTLOUD_BENCH_DB_URL names one), printing
 * its figures: the time to seed them (batched inserts), the roll-up job's time over half a year (bounded runs), and
 * p50/p95 of the insight's REST read and page over 26 weeks with their SQL statements. Not a test: figures are read
 * here, never asserted. Run with {@code scripts/bench insight}.
 */
public final class InsightLoadRun {
    private static final int EVENTS = 1_000_000;
    private static final int PEOPLE = 240;
    private static final int BLOCKS = 2_000;
    private static final int DAYS = 182;
    private static final int RUNS = 200;
    private static final int BATCH = 5_000;

    private InsightLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("outloud-bench-insight");
        String db = System.getenv().getOrDefault("OUTLOUD_BENCH_DB_URL", "");
        try (PreviewServer server = PreviewServer.start(PreviewConfig.forTest(dataDir).withDatabaseUrl(db.isBlank() ? null : db))) {
            System.out.println("Out Loud insight run on " + (db.isBlank() ? "H2" : "PostgreSQL") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
            List<String> users = BlockLoadRun.benchUsers(server, PEOPLE);
            long t0 = System.nanoTime();
            seed(server.hosts().activeObjects(), users.size());
            System.out.printf(Locale.ROOT, "Seeded %,d acts (reactions and help offers) on %,d blocks by %d people in 12 departments over %d days in %.1f s%n",
                    EVENTS, BLOCKS, PEOPLE, DAYS, (System.nanoTime() - t0) / 1e9);

            t0 = System.nanoTime();
            int runs = 0;
            do {
                server.hosts().scheduler().makeDue(JobId.of(FlowRollupJob.NAME));
                server.hosts().scheduler().runDueJobs();
                runs++;
            } while (rolledDays(server) < DAYS && runs < 40);
            System.out.printf(Locale.ROOT, "Roll-up of %d days in %d job runs: %.1f s%n", rolledDays(server), runs, (System.nanoTime() - t0) / 1e9);

            PreviewClient admin = new PreviewClient(server.baseUrl()).actAs("admin");
            measure(admin, "REST, whole site, 26 weeks", "/rest/outloud/1.0/insight?weeks=26");
            measure(admin, "REST, whole site, 4 weeks", "/rest/outloud/1.0/insight?weeks=4");
            measure(admin, "page, whole site, 26 weeks", "/plugins/servlet/outloud/insight?weeks=26&kind=reaction");
            measure(admin, "CSV, whole site, 26 weeks", "/rest/outloud/1.0/insight/csv?weeks=26");
        }
    }

    private static int rolledDays(PreviewServer server) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new io.outloud.insight.ao.AoFlowRollups(server.hosts().activeObjects()).rolledDays(today.minusDays(DAYS), today.minusDays(1)).size();
    }

    /** Blocks through the store; 70% reactions and 30% help offers (a tenth accepted) by JDBC batches, spread over the days. */
    private static void seed(JdbcActiveObjects ao, int people) throws Exception {
        AoBlockStore blocks = new AoBlockStore(ao);
        Instant start = LocalDate.now(ZoneOffset.UTC).minusDays(DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int b = 0; b < BLOCKS; b++) {
            blocks.create(new MacroIdentity("bench-" + b, 900_000L + b, DemoContent.TEAM), "bench-key-" + (b % people), BlockStatus.IN_PROGRESS, start);
        }
        String[] kinds = {"USEFUL", "LEARNED", "THANKS"};
        int reactions = EVENTS * 7 / 10;
        String reactionSql = "INSERT INTO \"" + ao.tableName(AoReaction.class) + "\" (\"MACRO_ID\", \"PAGE_ID\", \"USER_KEY\", \"KIND\", \"UNIQUE_KEY\", \"CREATED_AT\")"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        String helpSql = "INSERT INTO \"" + ao.tableName(AoHelpOffer.class) + "\" (\"PAGE_ID\", \"MACRO_ID\", \"HELPER_KEY\", \"MESSAGE\", \"UNIQUE_KEY\", \"CREATED_AT\", \"ACCEPTED\")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = ao.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(reactionSql)) {
                for (int i = 0; i < reactions; i++) {
                    int block = i % BLOCKS;
                    int person = (i / BLOCKS) % people;
                    String kind = kinds[(i / (BLOCKS * people)) % kinds.length];
                    insert.setString(1, "bench-" + block);
                    insert.setLong(2, 900_000L + block);
                    insert.setString(3, "bench-key-" + person);
                    insert.setString(4, kind);
                    insert.setString(5, (900_000L + block) + "|bench-" + block + "|bench-key-" + person + "|" + kind);
                    insert.setLong(6, start.toEpochMilli() + (i % DAYS) * 86_400_000L + 43_200_000L);
                    insert.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            try (PreparedStatement insert = connection.prepareStatement(helpSql)) {
                for (int i = 0; i < EVENTS - reactions; i++) {
                    int block = i % BLOCKS;
                    int person = (i / BLOCKS + 7) % people;
                    insert.setLong(1, 900_000L + block);
                    insert.setString(2, "bench-" + block);
                    insert.setString(3, "bench-key-" + person);
                    insert.setString(4, "I can help");
                    insert.setString(5, (900_000L + block) + "/bench-" + block + "/bench-key-" + person);
                    insert.setLong(6, start.toEpochMilli() + (i % DAYS) * 86_400_000L + 50_000_000L);
                    insert.setBoolean(7, i % 10 == 0);
                    insert.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
    }

    private static void measure(PreviewClient client, String what, String path) throws Exception {
        PreviewClient.Response answer = client.get(path);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + answer.statusCode() + ": " + answer.body());
        }
        String statements = answer.header(RequestFilter.SQL_HEADER).orElse("?");
        for (int i = 0; i < 20; i++) {
            client.get(path); // the JIT's warm-up
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            client.get(path);
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "  insight %s: of %d, p50 %.1f ms, p95 %.1f ms, %s SQL statements, %,d bytes%n", what, RUNS,
                times.get(RUNS / 2 - 1), times.get((int) Math.ceil(0.95 * RUNS) - 1), statements, answer.body().length());
    }
}
