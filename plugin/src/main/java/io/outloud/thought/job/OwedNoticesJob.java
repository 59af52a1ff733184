package io.outloud.thought.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.outloud.common.job.ClusterJob;
import io.outloud.thought.ThoughtService;

import java.time.Duration;

/**
 * Tells authors of the feedback that came within the hour after their last notice, once that hour is over: every ten
 * minutes, once per cluster.
 */
public class OwedNoticesJob extends ClusterJob {
    private final ThoughtService thoughts;

    public OwedNoticesJob(SchedulerService scheduler, ThoughtService thoughts) {
        super(scheduler, "io.outloud.thought.owed-notices", Duration.ofMinutes(10));
        this.thoughts = thoughts;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success(thoughts.sendOwedNotices() + " owed notices sent");
    }
}
