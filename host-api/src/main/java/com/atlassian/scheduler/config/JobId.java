package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Declaration of atlassian-scheduler's JobId: an immutable, comparable name. */
public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;

    private final String value;

    private JobId(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static JobId of(String value) {
        return new JobId(value);
    }

    @Override
    public int compareTo(JobId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((JobId) other).value);
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
