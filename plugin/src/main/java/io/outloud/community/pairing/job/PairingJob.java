package io.outloud.community.pairing.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.outloud.common.job.ClusterJob;
import io.outloud.community.pairing.PairingService;

import java.time.Clock;
import java.time.Duration;

/**
 * Runs the communities' due pairing rounds every ten minutes, once per cluster. The round itself is claimed in the
 * database as well, so a turn that did run on two nodes still makes each round once.
 */
public class PairingJob extends ClusterJob {
    private final PairingService pairing;
    private final Clock clock;

    public PairingJob(SchedulerService scheduler, PairingService pairing, Clock clock) {
        super(scheduler, "io.outloud.community.pairing-rounds", Duration.ofMinutes(10));
        this.pairing = pairing;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success(pairing.runDueRounds(clock.instant()) + " pairing rounds made");
    }
}
