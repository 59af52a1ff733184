package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;

import java.util.Date;

/** Declaration of atlassian-scheduler's JobRunnerRequest: the members the preview host supplies. */
public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();
}
