package io.outloud.thought.job;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.outloud.thought.ThoughtService;

/**
 * Tells authors of the feedback that came within the hour after their last notice, once that hour is over: a job of
 * the host's scheduler that runs every ten minutes once per cluster (never a node-local timer). Registered for the life
 * of the plugin (Spring init and destroy methods); the schedule itself is kept by the host.
 */
public class OwedNoticesJob implements JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.outloud.thought.owed-notices");
    static final JobId JOB = JobId.of("io.outloud.thought.owed-notices");
    static final long INTERVAL_MILLIS = 10 * 60 * 1000L;

    private final SchedulerService scheduler;
    private final ThoughtService thoughts;

    public OwedNoticesJob(SchedulerService scheduler, ThoughtService thoughts) {
        this.scheduler = scheduler;
        this.thoughts = thoughts;
    }

    public void register() throws SchedulerServiceException {
        scheduler.registerJobRunner(RUNNER, this);
        scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(INTERVAL_MILLIS, null)));
    }

    public void unregister() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success(thoughts.sendOwedNotices() + " owed notices sent");
    }
}
