package io.outloud.aojdbc;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts JDBC statement executions seen by a {@link CountingDataSource}: in total, and per thread between
 * {@link #start()} and {@link #stop()} (e.g. one HTTP request). Each {@code execute}, {@code executeQuery},
 * {@code executeUpdate}, {@code executeLargeUpdate} and {@code executeBatch} call counts once.
 */
public final class StatementCounter {
    private final AtomicLong total = new AtomicLong();
    private final ThreadLocal<long[]> scope = new ThreadLocal<>();

    /** Starts (or restarts) counting for the current thread. */
    public void start() {
        scope.set(new long[1]);
    }

    /** Ends counting for the current thread; returns the statements executed since {@link #start()}, 0 if not started. */
    public long stop() {
        long[] count = scope.get();
        scope.remove();
        return count == null ? 0 : count[0];
    }

    /** Statements executed by the current thread since {@link #start()}, without stopping; 0 if not started. */
    public long current() {
        long[] count = scope.get();
        return count == null ? 0 : count[0];
    }

    /**
     * Runs work on the current thread whose statements are not this counter's to report (the total still counts
     * them): e.g. a host feature of the preview that happens to call the app's code.
     */
    public int uncounted(java.util.function.IntSupplier work) {
        long[] count = scope.get();
        scope.remove();
        try {
            return work.getAsInt();
        } finally {
            if (count != null) {
                scope.set(count);
            }
        }
    }

    /** Statements executed on all threads since this counter was created. */
    public long total() {
        return total.get();
    }

    void recordExecution() {
        total.incrementAndGet();
        long[] count = scope.get();
        if (count != null) {
            count[0]++;
        }
    }
}
