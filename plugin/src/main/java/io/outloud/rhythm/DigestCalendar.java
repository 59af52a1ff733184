package io.outloud.rhythm;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When the rhythm's mails are due, in one time zone (the server's: the host offers the app no person's zone). The
 * weekly digest from Monday 07:00 to the end of Tuesday (a cluster that was down on Monday still sends it), the daily
 * digest from 07:00 each day, the nudge from Friday 09:00 to the end of Friday. Each due mail is one period, named so
 * that a person gets one mail per period.
 */
public final class DigestCalendar {
    static final LocalTime MORNING = LocalTime.of(7, 0);
    static final LocalTime NUDGE_TIME = LocalTime.of(9, 0);

    public enum Kind {
        WEEKLY, DAILY, NUDGE
    }

    /**
     * One due mail run: what it sends, which week or day it is for ("weekly:2026-12-14" names the week's Monday) and
     * when it became due.
     */
    public record Period(Kind kind, String id, Instant start) {
    }

    private final ZoneId zone;

    public DigestCalendar(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public List<Period> due(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        boolean morning = !local.toLocalTime().isBefore(MORNING);
        List<Period> due = new ArrayList<>();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if ((today.getDayOfWeek() == DayOfWeek.MONDAY && morning) || today.getDayOfWeek() == DayOfWeek.TUESDAY) {
            due.add(new Period(Kind.WEEKLY, "weekly:" + monday, monday.atTime(MORNING).atZone(zone).toInstant()));
        }
        if (morning) {
            due.add(new Period(Kind.DAILY, "daily:" + today, today.atTime(MORNING).atZone(zone).toInstant()));
        }
        if (today.getDayOfWeek() == DayOfWeek.FRIDAY && !local.toLocalTime().isBefore(NUDGE_TIME)) {
            due.add(new Period(Kind.NUDGE, "nudge:" + today, today.atTime(NUDGE_TIME).atZone(zone).toInstant()));
        }
        return due;
    }

    /** The next Monday morning strictly after {@code now}: when a week has passed for the digest. */
    public Instant nextMondayMorning(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = local.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).atTime(MORNING).atZone(zone);
        return (candidate.toInstant().isAfter(now) ? candidate : candidate.plusWeeks(1)).toInstant();
    }
}
