package io.outloud.community.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.outloud.common.job.ClusterJob;
import io.outloud.community.CommunityService;

import java.time.Duration;

/**
 * Keeps the departments that communities count by up to date: every hour, once per cluster, each member's department
 * is recorded as the people component gives it now (which recounts the communities' departments), after counting the
 * communities whose counters were never kept (rows from before them; the first run comes when the app starts).
 */
public class DepartmentsJob extends ClusterJob {
    private final CommunityService communities;

    public DepartmentsJob(SchedulerService scheduler, CommunityService communities) {
        super(scheduler, "io.outloud.community.departments", Duration.ofHours(1));
        this.communities = communities;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        int counted = communities.countUncountedCommunities();
        return JobRunnerResponse.success(counted + " communities counted, " + communities.refreshDepartments() + " departments brought up to date");
    }
}
