package io.outloud.preview.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * atlassian-scheduler as Confluence runs it, on the preview's database: job runners are registered per node, while a
 * job scheduled {@link RunMode#RUN_ONCE_PER_CLUSTER} is a row every node sharing the database sees. A node runs a due
 * job only after it moved the job's next run time on with a conditional UPDATE, so of all nodes exactly one runs each
 * turn. Jobs scheduled {@link RunMode#RUN_LOCALLY} live in this node alone. A daemon thread looks for due jobs every
 * second; tests call {@link #runDueJobs()} and {@link #makeDue(JobId)} directly.
 */
public final class PreviewSchedulerService implements SchedulerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewSchedulerService.class);

    private final Jdbc jdbc;
    private final Clock clock;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, LocalJob> localJobs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;

    /** A job of this node alone: its runner, interval and next run (milliseconds). */
    private record LocalJob(JobRunnerKey runner, long interval, long nextRun) {
        LocalJob at(long next) {
            return new LocalJob(runner, interval, next);
        }
    }

    public PreviewSchedulerService(Jdbc jdbc, Clock clock) {
        this(jdbc, clock, true);
    }

    /** @param ticking false: jobs run only when {@link #runDueJobs()} is called (tests that count turns) */
    public PreviewSchedulerService(Jdbc jdbc, Clock clock, boolean ticking) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "preview-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        if (ticking) {
            ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    /** Scheduling a job again replaces its runner and interval; a cluster-wide job keeps its next run time. */
    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        IntervalScheduleInfo schedule = jobConfig.getSchedule().getIntervalScheduleInfo();
        Date first = schedule.getFirstRunTime();
        long firstRun = first == null ? clock.millis() : first.getTime();
        if (jobConfig.getRunMode() == RunMode.RUN_LOCALLY) {
            localJobs.put(jobId, new LocalJob(jobConfig.getJobRunnerKey(), schedule.getIntervalInMillis(), firstRun));
            return;
        }
        int updated = jdbc.update("UPDATE PV_SCHEDULED_JOB SET RUNNER_KEY = ?, INTERVAL_MILLIS = ? WHERE JOB_ID = ?",
                jobConfig.getJobRunnerKey().toString(), schedule.getIntervalInMillis(), jobId.toString());
        if (updated == 0) {
            try {
                jdbc.update("INSERT INTO PV_SCHEDULED_JOB (JOB_ID, RUNNER_KEY, INTERVAL_MILLIS, NEXT_RUN) VALUES (?, ?, ?, ?)",
                        jobId.toString(), jobConfig.getJobRunnerKey().toString(), schedule.getIntervalInMillis(), firstRun);
            } catch (RuntimeException raced) {
                // Another node scheduled the same job at the same moment: its row stands.
                LOG.debug("Job {} was scheduled by another node meanwhile", jobId, raced);
            }
        }
    }

    /** Test hook: the job's next run is now. */
    public void makeDue(JobId jobId) {
        jdbc.update("UPDATE PV_SCHEDULED_JOB SET NEXT_RUN = ? WHERE JOB_ID = ?", 0L, jobId.toString());
        localJobs.computeIfPresent(jobId, (id, job) -> job.at(0L));
    }

    /** Runs every due job this node has a runner for and wins the turn of; returns how many ran here. */
    public int runDueJobs() {
        long now = clock.millis();
        int ran = 0;
        List<Object[]> due = jdbc.query("SELECT JOB_ID, RUNNER_KEY, INTERVAL_MILLIS, NEXT_RUN FROM PV_SCHEDULED_JOB WHERE NEXT_RUN <= ?",
                rs -> new Object[]{rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)}, now);
        for (Object[] job : due) {
            JobRunner runner = runners.get(JobRunnerKey.of((String) job[1]));
            if (runner == null) {
                continue; // another node's runner: that node runs it
            }
            long interval = (Long) job[2];
            long claimed = interval > 0
                    ? jdbc.update("UPDATE PV_SCHEDULED_JOB SET NEXT_RUN = ? WHERE JOB_ID = ? AND NEXT_RUN = ?", now + interval, job[0], job[3])
                    : jdbc.update("DELETE FROM PV_SCHEDULED_JOB WHERE JOB_ID = ? AND NEXT_RUN = ?", job[0], job[3]);
            if (claimed == 1) {
                run(JobId.of((String) job[0]), runner, now);
                ran++;
            }
        }
        for (Map.Entry<JobId, LocalJob> job : localJobs.entrySet()) {
            JobRunner runner = runners.get(job.getValue().runner());
            if (runner != null && job.getValue().nextRun() <= now) {
                localJobs.put(job.getKey(), job.getValue().at(now + Math.max(job.getValue().interval(), 1)));
                run(job.getKey(), runner, now);
                ran++;
            }
        }
        return ran;
    }

    private void run(JobId jobId, JobRunner runner, long now) {
        Date start = new Date(now);
        try {
            JobRunnerResponse response = runner.runJob(new JobRunnerRequest() {
                @Override
                public Date getStartTime() {
                    return new Date(start.getTime());
                }

                @Override
                public JobId getJobId() {
                    return jobId;
                }
            });
            LOG.info("Job {} ran: {}", jobId, response == null ? "done" : response.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Job {} failed", jobId, e); // as Confluence's scheduler does: logged, the next turn comes
        }
    }

    private void tick() {
        try {
            runDueJobs();
        } catch (RuntimeException e) {
            LOG.warn("Scheduler turn failed", e);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
