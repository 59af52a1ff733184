package com.atlassian.scheduler.config;

/** Declaration of atlassian-scheduler's RunMode. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
