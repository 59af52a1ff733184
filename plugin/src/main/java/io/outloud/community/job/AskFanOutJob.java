package io.outloud.community.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.outloud.common.job.ClusterJob;
import io.outloud.community.AskFanOut;

import java.time.Duration;

/**
 * Tells communities' members of new asks: every minute, once per cluster, the queue of asks not yet told is drained in
 * batches for at most 50 seconds (what is left waits for the next turn). Batches are claimed in the database too, so a
 * turn that did run on two nodes still tells each member once.
 */
public class AskFanOutJob extends ClusterJob {
    static final Duration BUDGET = Duration.ofSeconds(50);

    private final AskFanOut fanOut;

    public AskFanOutJob(SchedulerService scheduler, AskFanOut fanOut) {
        super(scheduler, "io.outloud.community.ask-fan-out", Duration.ofMinutes(1));
        this.fanOut = fanOut;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success(fanOut.drain(BUDGET) + " members told of asks");
    }
}
