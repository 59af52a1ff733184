package com.atlassian.scheduler;

/** Declaration of atlassian-scheduler's checked SchedulerServiceException. */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
