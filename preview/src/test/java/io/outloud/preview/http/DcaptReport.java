package io.outloud.preview.http;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints the load run as DCAPT reports it: per action count, p50/p90/p99 and success rate for each phase; then the
 * targets read from the run, each PASS or MISS: success rate over all actions, the app's impact on page view p90
 * ((a) against (b) on the same database) and two nodes' throughput against one node's.
 */
final class DcaptReport {
    static final double SUCCESS_TARGET = 0.999;
    static final double IMPACT_TARGET = 1.20;
    static final double SCALE_TARGET = 1.6;

    private DcaptReport() {
    }

    static void phase(DcaptLoadRun.PhaseResult result, PrintStream out) {
        DcaptLoadRun.Phase phase = result.phase();
        out.printf(Locale.ROOT, "%n%s: %d users on %d node%s, think %d ms: %,d actions in %.0f s, %.1f actions/s%n", phase.name(),
                result.users(), phase.nodes(), phase.nodes() == 1 ? "" : "s", phase.thinkMillis(), result.stats().total(), result.seconds(),
                result.throughput());
        out.printf(Locale.ROOT, "  %-26s %8s %9s %9s %9s %9s%n", "action", "count", "p50 ms", "p90 ms", "p99 ms", "success");
        for (DcaptAction action : DcaptAction.values()) {
            DcaptStats.Figures f = result.stats().figures(action);
            if (f.count() > 0) {
                out.printf(Locale.ROOT, "  %-26s %8d %9.1f %9.1f %9.1f %8.2f%%%n", action.label(), f.count(), f.p50(), f.p90(), f.p99(),
                        100 * f.successRate());
            }
        }
        for (String example : result.stats().failureExamples()) {
            out.println("  failed: " + example);
        }
    }

    static void targets(List<DcaptLoadRun.PhaseResult> results, PrintStream out) {
        out.printf(Locale.ROOT, "%nTargets, read from this run:%n");
        long total = results.stream().mapToLong(r -> r.stats().total()).sum();
        long failed = results.stream().mapToLong(r -> r.stats().failed()).sum();
        double success = total == 0 ? 0 : (double) (total - failed) / total;
        out.printf(Locale.ROOT, "  success rate, all phases: %.3f %% (%,d of %,d failed); target >= %.1f %%: %s%n", 100 * success, failed, total,
                100 * SUCCESS_TARGET, verdict(success >= SUCCESS_TARGET));
        for (String database : new String[]{"H2", "PostgreSQL"}) {
            Optional<DcaptLoadRun.PhaseResult> app = find(results, database + ", (a)");
            Optional<DcaptLoadRun.PhaseResult> plain = find(results, database + ", (b)");
            if (app.isPresent() && plain.isPresent()) {
                double a = app.get().stats().figures(DcaptAction.VIEW_PAGE).p90();
                double b = plain.get().stats().figures(DcaptAction.VIEW_PAGE).p90();
                double pageA = app.get().stats().figures(DcaptAction.PAGE_ALONE).p90();
                double pageB = plain.get().stats().figures(DcaptAction.PAGE_ALONE).p90();
                out.printf(Locale.ROOT, "  app impact on page view p90, %s: (a) %.1f ms / (b) %.1f ms = %.2fx; target <= %.2fx: %s"
                                + " (the page alone, without its scripts' calls: %.1f / %.1f ms = %.2fx)%n", database,
                        a, b, a / b, IMPACT_TARGET, verdict(a / b <= IMPACT_TARGET), pageA, pageB, pageA / pageB);
            }
        }
        Optional<DcaptLoadRun.PhaseResult> one = find(results, "PostgreSQL, one node");
        Optional<DcaptLoadRun.PhaseResult> two = find(results, "PostgreSQL, two nodes");
        if (one.isPresent() && two.isPresent()) {
            double ratio = two.get().throughput() / one.get().throughput();
            out.printf(Locale.ROOT, "  two nodes against one (no think time): %.1f / %.1f actions/s = %.2fx; target >= %.1fx: %s%n",
                    two.get().throughput(), one.get().throughput(), ratio, SCALE_TARGET, verdict(ratio >= SCALE_TARGET));
        }
    }

    private static Optional<DcaptLoadRun.PhaseResult> find(List<DcaptLoadRun.PhaseResult> results, String namePrefix) {
        return results.stream().filter(r -> r.phase().name().startsWith(namePrefix)).findFirst();
    }

    private static String verdict(boolean met) {
        return met ? "PASS" : "MISS";
    }
}
