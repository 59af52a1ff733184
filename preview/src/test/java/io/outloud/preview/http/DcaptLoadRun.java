package io.outloud.preview.http;

import io.outloud.aojdbc.testing.TestDatabases;
import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load run modelled on Atlassian's Data Center App Performance Toolkit ({@code scripts/bench dcapt}): virtual users,
 * each a distinct person logged in with their own session, do a weighted mix of what people do ({@link DcaptAction})
 * with think time between actions, for a fixed time after a warm-up, against (a) pages with the app's macros and (b)
 * the same pages with plain panels, on H2 and on PostgreSQL; then the same users without think time on one node and
 * on two nodes of one PostgreSQL database (users split between the nodes, sessions sticky as behind a load balancer),
 * for throughput. Each phase starts fresh previews on a fresh database (a new H2 folder, a new PostgreSQL schema,
 * dropped afterwards). Prints per action count, p50/p90/p99 and success rate, and the targets read from the run.
 *
 * <p>Runs in-process on the line it is built for (scripts/bench: the 9.2 line, Jetty 9, in Maven's JVM, Java 17 here;
 * preview-confluence10 runs the same source transformed on Jetty 12), on platform threads (the source is Java 17):
 * one per virtual user. Settings: OUTLOUD_DCAPT_USERS (200), OUTLOUD_DCAPT_SECONDS (180, measured per phase),
 * OUTLOUD_DCAPT_WARMUP_SECONDS (30), OUTLOUD_DCAPT_THINK_MS (2000, mean; each pause is 0.5 to 1.5 times it),
 * OUTLOUD_DCAPT_PAGES (20 pairs of pages); PostgreSQL from OUTLOUD_BENCH_DB_URL, else OUTLOUD_TEST_PG_URL (phases on
 * it are left out when neither is set). Not a test: figures are read here, never asserted.
 */
public final class DcaptLoadRun {
    /** How big and how long. */
    record Config(int users, int seconds, int warmupSeconds, int thinkMillis, int pages, String postgres) {
        static Config fromEnvironment(Map<String, String> env) {
            String pg = env.getOrDefault("OUTLOUD_BENCH_DB_URL", "").isBlank() ? env.getOrDefault("OUTLOUD_TEST_PG_URL", "")
                    : env.get("OUTLOUD_BENCH_DB_URL");
            return new Config(number(env, "OUTLOUD_DCAPT_USERS", 200), number(env, "OUTLOUD_DCAPT_SECONDS", 180),
                    number(env, "OUTLOUD_DCAPT_WARMUP_SECONDS", 30), number(env, "OUTLOUD_DCAPT_THINK_MS", 2000),
                    number(env, "OUTLOUD_DCAPT_PAGES", 20), pg.isBlank() ? null : pg.trim());
        }

        private static int number(Map<String, String> env, String name, int fallback) {
            String value = env.getOrDefault(name, "").trim();
            return value.isEmpty() ? fallback : Integer.parseInt(value);
        }
    }

    /** One measured run: on which database, how many nodes, which page set, with how much think time. */
    record Phase(String name, boolean postgres, int nodes, boolean appPages, int thinkMillis) {
    }

    /** A phase's figures; {@code seconds} is the measured time. */
    record PhaseResult(Phase phase, DcaptStats stats, int users, double seconds) {
        double throughput() {
            return stats.total() / seconds;
        }
    }

    private DcaptLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.fromEnvironment(System.getenv());
        List<PhaseResult> results = run(config, System.out);
        DcaptReport.targets(results, System.out);
    }

    /** Runs every phase this configuration allows, printing each as it ends. */
    static List<PhaseResult> run(Config config, PrintStream out) throws Exception {
        return run(phases(config, out), config, out);
    }

    /** Runs these phases, printing each as it ends. */
    static List<PhaseResult> run(List<Phase> phases, Config config, PrintStream out) throws Exception {
        out.printf("Out Loud DCAPT-style load run on Jetty %s (9: Confluence 9.2's line, 12: 10.2's), Java %s, %d cores, %d virtual users "
                        + "(platform threads), %d s measured after %d s warm-up per phase, think time %d ms (mean), %d page pairs%n",
                org.eclipse.jetty.util.Jetty.VERSION, Runtime.version(), Runtime.getRuntime().availableProcessors(), config.users(),
                config.seconds(), config.warmupSeconds(), config.thinkMillis(), config.pages());
        List<PhaseResult> results = new ArrayList<>();
        for (Phase phase : phases) {
            PhaseResult result = run(phase, config);
            DcaptReport.phase(result, out);
            results.add(result);
        }
        return results;
    }

    /** (a) and (b) on H2, then on PostgreSQL if there is one, then one and two nodes on it without think time. */
    static List<Phase> phases(Config config, PrintStream out) {
        List<Phase> phases = new ArrayList<>(List.of(
                new Phase("H2, (a) app pages", false, 1, true, config.thinkMillis()),
                new Phase("H2, (b) plain panels", false, 1, false, config.thinkMillis())));
        if (config.postgres() == null) {
            out.println("No PostgreSQL (OUTLOUD_BENCH_DB_URL or OUTLOUD_TEST_PG_URL): its phases are left out.");
        } else {
            phases.addAll(List.of(
                    new Phase("PostgreSQL, (a) app pages", true, 1, true, config.thinkMillis()),
                    new Phase("PostgreSQL, (b) plain panels", true, 1, false, config.thinkMillis()),
                    new Phase("PostgreSQL, one node, (a), no think time", true, 1, true, 0),
                    new Phase("PostgreSQL, two nodes, (a), no think time", true, 2, true, 0)));
        }
        return phases;
    }

    private static PhaseResult run(Phase phase, Config config) throws Exception {
        String schema = "outloud_dcapt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String url = null;
        if (phase.postgres()) {
            execute(config.postgres(), "CREATE SCHEMA " + schema);
            url = config.postgres() + (config.postgres().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        List<PreviewServer> nodes = new ArrayList<>();
        try {
            for (int n = 0; n < phase.nodes(); n++) {
                Path dataDir = Files.createTempDirectory("outloud-dcapt");
                nodes.add(PreviewServer.start(PreviewConfig.forTest(dataDir).withDatabaseUrl(url)));
            }
            DcaptSite site = DcaptSite.seed(nodes.get(0), config.users(), config.pages());
            return drive(phase, config, site, nodes);
        } finally {
            for (PreviewServer node : nodes) {
                node.close();
            }
            if (phase.postgres()) {
                execute(config.postgres(), "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** Logs every person in on their node, then lets them act until the phase ends; records what started after warm-up. */
    private static PhaseResult drive(Phase phase, Config config, DcaptSite site, List<PreviewServer> nodes) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<DcaptUser> users = new ArrayList<>();
        for (int i = 0; i < config.users(); i++) {
            users.add(DcaptUser.logIn(http, nodes.get(i % nodes.size()).baseUrl(), site.people().get(i), site, phase.appPages(), i));
        }
        DcaptStats stats = new DcaptStats();
        long start = System.nanoTime();
        long measureFrom = start + config.warmupSeconds() * 1_000_000_000L;
        long end = measureFrom + config.seconds() * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (DcaptUser user : users) {
                running.add(pool.submit(() -> {
                    act(user, phase, stats, measureFrom, end, config.warmupSeconds() == 0);
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new PhaseResult(phase, stats, users.size(), config.seconds());
    }

    /**
     * A person's session: a pause of up to one think time (so people do not start in step), every action once without
     * think time (each code path is warm, and every action runs), then actions drawn by weight with think time until
     * the end. That first round belongs to the warm-up, however long it takes, so the measured mix is the drawn one;
     * only a run without warm-up (the automated test) counts it.
     */
    private static void act(DcaptUser user, Phase phase, DcaptStats stats, long measureFrom, long end, boolean countFirstRound)
            throws InterruptedException {
        Thread.sleep(user.random().nextInt(phase.thinkMillis() + 1));
        DcaptStats firstRound = countFirstRound ? stats : new DcaptStats();
        for (DcaptAction action : DcaptAction.values()) {
            if (action.drawn()) {
                attempt(user, action, phase, firstRound, measureFrom);
            }
        }
        while (System.nanoTime() < end) {
            attempt(user, DcaptAction.pick(user.random()), phase, stats, measureFrom);
            if (phase.thinkMillis() > 0) {
                Thread.sleep((long) (phase.thinkMillis() * (0.5 + user.random().nextDouble())));
            }
        }
    }

    /** One action, timed; on plain pages the app's actions do not exist, so the person only thinks (the caller pauses). */
    private static void attempt(DcaptUser user, DcaptAction action, Phase phase, DcaptStats stats, long measureFrom) throws InterruptedException {
        if (phase.appPages() || !action.appOnly()) {
            long started = System.nanoTime();
            String failure = null;
            try {
                user.perform(action);
            } catch (DcaptUser.Failed e) {
                failure = e.getMessage();
            } catch (java.io.IOException e) {
                failure = e.toString();
            }
            if (started >= measureFrom) {
                stats.record(action, (System.nanoTime() - started) / 1e6, failure);
                if (action == DcaptAction.VIEW_PAGE && failure == null) {
                    stats.record(DcaptAction.PAGE_ALONE, user.pageMillis(), null);
                }
            }
        }
    }

    /** The PostgreSQL named for tests (surefire's system property), for the automated run. */
    static String testPostgres() {
        String url = System.getProperty(TestDatabases.PG_URL_PROPERTY, "").trim();
        return url.isEmpty() || url.startsWith("${") ? null : url;
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
