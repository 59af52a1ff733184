package io.outloud.insight.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.outloud.common.job.ClusterJob;
import io.outloud.insight.InsightService;

import java.time.Duration;

/**
 * Rolls the knowledge flow of past days up into person-free daily counts: hourly, once per cluster, a bounded number
 * of days per run (the next run goes on where this one stopped).
 */
public class FlowRollupJob extends ClusterJob {
    public static final String NAME = "io.outloud.insight.flow-rollup";
    private final InsightService insight;

    public FlowRollupJob(SchedulerService scheduler, InsightService insight) {
        super(scheduler, NAME, Duration.ofHours(1));
        this.insight = insight;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success(insight.rollUp() + " days rolled up");
    }
}
