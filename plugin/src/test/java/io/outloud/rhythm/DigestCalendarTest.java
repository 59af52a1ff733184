package io.outloud.rhythm;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DigestCalendarTest {
    private final DigestCalendar berlin = new DigestCalendar(ZoneId.of("Europe/Berlin"));

    private List<String> due(String instant) {
        return berlin.due(Instant.parse(instant)).stream().map(DigestCalendar.Period::id).toList();
    }

    @Test
    void weekly_isDueFromMondaySevenInTheZone_untilTheEndOfTuesday_underOneName() {
        assertEquals(List.of(), due("2026-12-14T05:59:00Z"), "06:59 in Berlin: nothing yet");
        assertEquals(List.of("weekly:2026-12-14", "daily:2026-12-14"), due("2026-12-14T06:00:00Z"), "07:00 in Berlin");
        assertEquals(List.of("weekly:2026-12-14"), due("2026-12-15T05:00:00Z"), "Tuesday 06:00: the same week's digest, no daily yet");
        assertEquals(List.of("daily:2026-12-16"), due("2026-12-16T10:00:00Z"), "Wednesday: the week's digest is no longer due");
        assertEquals(List.of("daily:2026-12-13"), due("2026-12-13T22:30:00Z"), "Sunday 23:30 in Berlin is still last week");
    }

    @Test
    void weekBoundary_followsTheZone_notUtc() {
        // Sunday 23:30 UTC is Monday 00:30 in Berlin: Monday, but before the morning.
        assertEquals(List.of(), due("2026-12-13T23:30:00Z"));
        assertEquals(List.of("weekly:2026-12-07", "daily:2026-12-07"), new DigestCalendar(ZoneId.of("Pacific/Auckland"))
                .due(Instant.parse("2026-12-06T20:00:00Z")).stream().map(DigestCalendar.Period::id).toList(), "09:00 Monday in Auckland");
    }

    @Test
    void nudge_isDueOnFridayFromNine() {
        assertEquals(List.of("daily:2026-12-18"), due("2026-12-18T07:59:00Z"));
        assertEquals(List.of("daily:2026-12-18", "nudge:2026-12-18"), due("2026-12-18T08:00:00Z"));
        assertEquals(List.of("daily:2026-12-19"), due("2026-12-19T08:00:00Z"), "Saturday: no nudge");
    }

    @Test
    void nextMondayMorning_isStrictlyAfterNow() {
        assertEquals(Instant.parse("2026-12-14T06:00:00Z"), berlin.nextMondayMorning(Instant.parse("2026-12-09T12:00:00Z")));
        assertEquals(Instant.parse("2026-12-21T06:00:00Z"), berlin.nextMondayMorning(Instant.parse("2026-12-14T06:00:00Z")));
        assertEquals(Instant.parse("2026-12-14T06:00:00Z"), berlin.nextMondayMorning(Instant.parse("2026-12-14T05:00:00Z")));
    }
}
