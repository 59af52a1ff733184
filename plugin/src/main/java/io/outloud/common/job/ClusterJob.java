package io.outloud.common.job;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * A job of the host's scheduler that runs at an interval once per cluster (never a node-local timer). Its runner is
 * registered for the life of the plugin (Spring init and destroy methods); the schedule itself is kept by the host.
 * The runner key and the job id are the same name.
 */
public abstract class ClusterJob implements JobRunner {
    private final SchedulerService scheduler;
    private final JobRunnerKey runner;
    private final JobId job;
    private final long intervalMillis;

    protected ClusterJob(SchedulerService scheduler, String name, Duration interval) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.runner = JobRunnerKey.of(name);
        this.job = JobId.of(name);
        this.intervalMillis = interval.toMillis();
    }

    public void register() throws SchedulerServiceException {
        scheduler.registerJobRunner(runner, this);
        scheduler.scheduleJob(job, JobConfig.forJobRunnerKey(runner).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(intervalMillis, null)));
    }

    public void unregister() {
        scheduler.unregisterJobRunner(runner);
    }
}
