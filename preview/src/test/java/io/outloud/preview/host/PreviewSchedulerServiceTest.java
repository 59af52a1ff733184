package io.outloud.preview.host;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.outloud.preview.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The preview's scheduler as two nodes sharing one database: a cluster-wide job runs on exactly one node per turn,
 * also when both look at the same moment; a local job runs on every node that scheduled it; a node without the
 * runner never runs a job.
 */
class PreviewSchedulerServiceTest {
    private static final JobRunnerKey RUNNER = JobRunnerKey.of("test.runner");
    private static final JobId JOB = JobId.of("test.job");

    @TempDir
    Path dir;
    private Database database;
    private final List<PreviewSchedulerService> nodes = new ArrayList<>();

    @AfterEach
    void close() {
        nodes.forEach(PreviewSchedulerService::close);
        if (database != null) {
            database.close();
        }
    }

    private PreviewSchedulerService node(Clock clock) {
        if (database == null) {
            database = new Database("jdbc:h2:file:" + dir.resolve("scheduler") + ";DB_CLOSE_ON_EXIT=FALSE");
            HostSchema.create(database.dataSource());
        }
        PreviewSchedulerService node = new PreviewSchedulerService(new Jdbc(database.dataSource()), clock, false);
        nodes.add(node);
        return node;
    }

    private static Clock at(long millis) {
        return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    private static JobConfig everyMinute(RunMode mode) {
        return JobConfig.forJobRunnerKey(RUNNER).withRunMode(mode).withSchedule(Schedule.forInterval(60_000L, new java.util.Date(1_000L)));
    }

    @Test
    void aClusterWideJob_runsOnOneNodePerTurn_evenWhenBothLookAtOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        PreviewSchedulerService a = node(at(2_000L));
        PreviewSchedulerService b = node(at(2_000L));
        for (PreviewSchedulerService node : List.of(a, b)) {
            node.registerJobRunner(RUNNER, request -> {
                runs.incrementAndGet();
                return JobRunnerResponse.success("ran");
            });
            node.scheduleJob(JOB, everyMinute(RunMode.RUN_ONCE_PER_CLUSTER));
        }

        for (int turn = 0; turn < 20; turn++) {
            a.makeDue(JOB);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> ran = new ArrayList<>();
            for (PreviewSchedulerService node : List.of(a, b)) {
                Callable<Integer> look = () -> {
                    start.await();
                    return node.runDueJobs();
                };
                ran.add(pool.submit(look));
            }
            start.countDown();
            int total = ran.get(0).get() + ran.get(1).get();
            pool.shutdown();
            assertEquals(1, total, "turn " + turn);
        }
        assertEquals(20, runs.get());
        assertEquals(0, a.runDueJobs() + b.runDueJobs(), "the next turn is a minute away");
    }

    @Test
    void aNodeWithoutTheRunner_leavesTheJobToTheNodeThatHasIt() {
        AtomicInteger runs = new AtomicInteger();
        PreviewSchedulerService without = node(at(2_000L));
        PreviewSchedulerService with = node(at(2_000L));
        with.registerJobRunner(RUNNER, request -> {
            runs.incrementAndGet();
            return null;
        });
        with.scheduleJob(JOB, everyMinute(RunMode.RUN_ONCE_PER_CLUSTER));

        assertEquals(0, without.runDueJobs());
        assertEquals(1, with.runDueJobs());
        with.unregisterJobRunner(RUNNER);
        with.makeDue(JOB);
        assertEquals(0, with.runDueJobs(), "an unregistered runner runs nothing");
        assertEquals(1, runs.get());
    }

    @Test
    void aLocalJob_runsOnEveryNodeThatScheduledIt() {
        AtomicInteger runs = new AtomicInteger();
        PreviewSchedulerService a = node(at(2_000L));
        PreviewSchedulerService b = node(at(2_000L));
        for (PreviewSchedulerService node : List.of(a, b)) {
            node.registerJobRunner(RUNNER, request -> {
                runs.incrementAndGet();
                return null;
            });
            node.scheduleJob(JOB, everyMinute(RunMode.RUN_LOCALLY));
        }

        assertEquals(1, a.runDueJobs());
        assertEquals(1, b.runDueJobs());
        assertEquals(0, a.runDueJobs(), "not due again before a minute");
        assertEquals(2, runs.get());
    }

    @Test
    void aFailingJob_isLogged_andRunsAgainNextTurn() {
        AtomicInteger runs = new AtomicInteger();
        PreviewSchedulerService node = node(at(2_000L));
        node.registerJobRunner(RUNNER, request -> {
            runs.incrementAndGet();
            throw new IllegalStateException("boom");
        });
        node.scheduleJob(JOB, everyMinute(RunMode.RUN_ONCE_PER_CLUSTER));

        assertEquals(1, node.runDueJobs());
        node.makeDue(JOB);
        assertEquals(1, node.runDueJobs());
        assertEquals(2, runs.get());
    }
}
