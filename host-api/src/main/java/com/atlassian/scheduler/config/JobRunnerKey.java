package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Declaration of atlassian-scheduler's JobRunnerKey: an immutable, comparable name. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;

    private final String value;

    private JobRunnerKey(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static JobRunnerKey of(String value) {
        return new JobRunnerKey(value);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((JobRunnerKey) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
