package io.outloud.rhythm.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.outloud.common.job.ClusterJob;
import io.outloud.rhythm.RhythmRun;

import java.time.Duration;

/**
 * Sends the weekly digest, the daily digests and the Friday nudge: every 15 minutes, once per cluster, whatever is
 * due is sent in batches for at most 10 minutes (what is left waits for the next turn; the run's cursor is durable).
 */
public class RhythmJob extends ClusterJob {
    public static final String NAME = "io.outloud.rhythm.digests";
    static final Duration BUDGET = Duration.ofMinutes(10);

    private final RhythmRun run;

    public RhythmJob(SchedulerService scheduler, RhythmRun run) {
        super(scheduler, NAME, Duration.ofMinutes(15));
        this.run = run;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success(run.run(BUDGET) + " rhythm mails sent");
    }
}
