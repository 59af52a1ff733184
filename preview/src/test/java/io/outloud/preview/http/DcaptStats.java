package io.outloud.preview.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What one phase measured: per action, the time of each attempt and whether it succeeded; a few failures as examples. */
final class DcaptStats {
    private static final int EXAMPLES = 3;

    /** One action's figures in a phase; times in milliseconds. */
    record Figures(int count, int succeeded, double p50, double p90, double p99) {
        double successRate() {
            return count == 0 ? 1.0 : (double) succeeded / count;
        }
    }

    private final Map<DcaptAction, List<Double>> millis = new EnumMap<>(DcaptAction.class);
    private final Map<DcaptAction, Integer> failures = new EnumMap<>(DcaptAction.class);
    private final List<String> examples = new ArrayList<>();

    synchronized void record(DcaptAction action, double elapsedMillis, String failure) {
        millis.computeIfAbsent(action, a -> new ArrayList<>()).add(elapsedMillis);
        if (failure != null) {
            failures.merge(action, 1, Integer::sum);
            if (examples.size() < EXAMPLES) {
                examples.add(action.label() + ": " + failure);
            }
        }
    }

    synchronized Figures figures(DcaptAction action) {
        List<Double> sorted = new ArrayList<>(millis.getOrDefault(action, List.of()));
        Collections.sort(sorted);
        int failed = failures.getOrDefault(action, 0);
        return new Figures(sorted.size(), sorted.size() - failed, percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99));
    }

    /** Actions people did (parts of actions not counted again). */
    synchronized int total() {
        return millis.entrySet().stream().filter(e -> e.getKey().drawn()).mapToInt(e -> e.getValue().size()).sum();
    }

    synchronized int failed() {
        return failures.entrySet().stream().filter(e -> e.getKey().drawn()).mapToInt(Map.Entry::getValue).sum();
    }

    synchronized List<String> failureExamples() {
        return List.copyOf(examples);
    }

    /** The nearest-rank percentile (NaN when nothing was measured). */
    static double percentile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * q) - 1));
    }
}
