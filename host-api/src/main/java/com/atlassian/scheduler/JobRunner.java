package com.atlassian.scheduler;

/** Declaration of atlassian-scheduler's JobRunner. */
public interface JobRunner {

    /** May return null (taken as success). */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
