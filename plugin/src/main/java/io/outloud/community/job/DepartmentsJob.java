package io.outloud.community.job;

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
import io.outloud.community.CommunityService;

/**
 * Keeps the departments that communities count by up to date: a job of the host's scheduler, run once per cluster
 * every hour, that records each member's department as the people component gives it now.
 */
public class DepartmentsJob implements JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.outloud.community.departments");
    static final JobId JOB = JobId.of("io.outloud.community.departments");
    static final long INTERVAL_MILLIS = 60 * 60 * 1000L;

    private final SchedulerService scheduler;
    private final CommunityService communities;

    public DepartmentsJob(SchedulerService scheduler, CommunityService communities) {
        this.scheduler = scheduler;
        this.communities = communities;
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
        return JobRunnerResponse.success(communities.refreshDepartments() + " departments brought up to date");
    }
}
