package com.atlassian.scheduler.config;

import java.util.Date;

/** Declaration of atlassian-scheduler's Schedule: interval schedules, the only kind Out Loud uses. */
public final class Schedule {
    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    /** @param firstRunTime null: as soon as possible */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
