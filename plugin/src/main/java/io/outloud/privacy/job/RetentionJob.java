package io.outloud.privacy.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.outloud.common.job.ClusterJob;
import io.outloud.privacy.RetentionService;

import java.time.Duration;

/** Applies the retention settings once a day, once per cluster, in batches of a few hundred rows per transaction. */
public class RetentionJob extends ClusterJob {
    private final RetentionService retention;

    public RetentionJob(SchedulerService scheduler, RetentionService retention) {
        super(scheduler, "io.outloud.privacy.retention", Duration.ofDays(1));
        this.retention = retention;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success(retention.apply() + " rows settled");
    }
}
