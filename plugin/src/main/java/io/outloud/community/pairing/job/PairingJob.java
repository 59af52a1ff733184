package io.outloud.community.pairing.job;

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
import io.outloud.community.pairing.PairingService;

import java.time.Clock;

/**
 * Runs the communities' due pairing rounds: a job of the host's scheduler every ten minutes, once per cluster (never a
 * node-local timer). The round itself is claimed in the database as well, so a turn that did run on two nodes still
 * makes each round once.
 */
public class PairingJob implements JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.outloud.community.pairing-rounds");
    static final JobId JOB = JobId.of("io.outloud.community.pairing-rounds");
    static final long INTERVAL_MILLIS = 10 * 60 * 1000L;

    private final SchedulerService scheduler;
    private final PairingService pairing;
    private final Clock clock;

    public PairingJob(SchedulerService scheduler, PairingService pairing, Clock clock) {
        this.scheduler = scheduler;
        this.pairing = pairing;
        this.clock = clock;
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
        return JobRunnerResponse.success(pairing.runDueRounds(clock.instant()) + " pairing rounds made");
    }
}
