package io.outloud.preview.http;

import io.outloud.aojdbc.testing.TestDatabases;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DCAPT-style load run's path end to end, tiny (4 people, 2 seconds a phase, no warm-up), so it cannot rot: app
 * pages and plain panels on H2 and two nodes on PostgreSQL run, every action of each mix runs and succeeds, and the
 * report prints its targets. No timings are asserted.
 */
class DcaptLoadRunTest {

    @Test
    void everyPhaseRunsEveryActionOfItsMixAndEachSucceeds() throws Exception {
        String postgres = DcaptLoadRun.testPostgres();
        if (postgres == null && Boolean.getBoolean(TestDatabases.REQUIRE_POSTGRES_PROPERTY)) {
            Assertions.fail("PostgreSQL is required but " + TestDatabases.PG_URL_PROPERTY + " is not set");
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        DcaptLoadRun.Config config = new DcaptLoadRun.Config(4, 2, 0, 20, 2, postgres);
        // The H2 pair and the two PostgreSQL nodes: the other phases run the same code on another database or node count.
        List<DcaptLoadRun.Phase> phases = DcaptLoadRun.phases(config, out).stream()
                .filter(p -> !p.postgres() || p.nodes() == 2).toList();
        List<DcaptLoadRun.PhaseResult> results = DcaptLoadRun.run(phases, config, out);
        DcaptReport.targets(results, out);

        assertEquals(postgres == null ? 2 : 3, results.size(), printed.toString(StandardCharsets.UTF_8));
        for (DcaptLoadRun.PhaseResult result : results) {
            for (DcaptAction action : DcaptAction.values()) {
                DcaptStats.Figures figures = result.stats().figures(action);
                String where = result.phase().name() + ", " + action.label() + ": " + result.stats().failureExamples();
                if (result.phase().appPages() || !action.appOnly()) {
                    assertTrue(figures.count() > 0, where);
                    assertEquals(figures.count(), figures.succeeded(), where);
                } else {
                    assertEquals(0, figures.count(), "plain pages have none of the app's actions: " + where);
                }
            }
        }
        String report = printed.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("success rate, all phases: 100.000 %"), report);
        assertTrue(report.contains("app impact on page view p90, H2"), report);
    }
}
