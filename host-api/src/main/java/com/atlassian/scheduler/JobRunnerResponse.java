package com.atlassian.scheduler;

/** Declaration of atlassian-scheduler's JobRunnerResponse: the factory Out Loud calls, and the message the preview logs. */
public final class JobRunnerResponse {
    private final String message;

    private JobRunnerResponse(String message) {
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(message);
    }

    public String getMessage() {
        return message;
    }
}
