package io.outloud.preview;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.insight.FlowDay;
import io.outloud.insight.FlowKind;
import io.outloud.insight.ao.AoFlowRollups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Roll-ups for the insight's HTTP and browser tests, written through the app's own store: Marketing to Engineering help
 * from enough people to show, and a small Finance to HR cell that must show as suppressed.
 */
public final class InsightRollups {
    private InsightRollups() {
    }

    public static LocalDate yesterday() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(1);
    }

    /**
     * In each community given ("" for none), two days ago: Marketing to Engineering 7 accepted help offers from 5 people
     * to 6; Finance to HR 3 from 2 (suppressed); Engineering within itself 9 from 6. A roll-up replaces its day whole,
     * so every community goes in one call.
     */
    public static void seed(JdbcActiveObjects ao, String... communities) {
        LocalDate day = yesterday().minusDays(1);
        List<FlowDay> rows = new java.util.ArrayList<>();
        for (String community : communities) {
            rows.add(new FlowDay(day, "Marketing", "Engineering", FlowKind.HELP_ACCEPTED, community, 7, 5, 6));
            rows.add(new FlowDay(day, "Finance", "HR", FlowKind.HELP_ACCEPTED, community, 3, 2, 2));
            rows.add(new FlowDay(day, "Engineering", "Engineering", FlowKind.HELP_ACCEPTED, community, 9, 6, 6));
        }
        new AoFlowRollups(ao).replaceDay(day, rows, Instant.now());
    }

    /** A day's roll-up of every kind between several departments, for figures that must not depend on the days held. */
    public static void fillDays(JdbcActiveObjects ao, int days, String community) {
        AoFlowRollups store = new AoFlowRollups(ao);
        for (int back = 0; back < days; back++) {
            LocalDate day = yesterday().minusDays(3L + back);
            List<FlowDay> rows = new java.util.ArrayList<>();
            for (FlowKind kind : FlowKind.values()) {
                for (String from : List.of("Research", "IT", "Sales")) {
                    for (String to : List.of("Research", "IT", "Sales")) {
                        rows.add(new FlowDay(day, from, to, kind, community, 12, 6, 6));
                    }
                }
            }
            store.replaceDay(day, rows, Instant.now());
        }
    }
}
