package io.outloud.preview.host;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The preview's clock: the system's, moved on by however much a tester let pass ("a week passes"). The plugin's use
 * cases and the preview's scheduler read this one clock, so time moved on here is what their jobs see as well. The
 * offset lives in this process only: a restarted preview is back at the system's time.
 */
public final class PreviewClock extends Clock {
    private final Clock system;
    private final AtomicReference<Duration> offset;

    public PreviewClock(Clock system) {
        this(system, new AtomicReference<>(Duration.ZERO));
    }

    private PreviewClock(Clock system, AtomicReference<Duration> offset) {
        this.system = system;
        this.offset = offset;
    }

    /** Lets {@code time} pass at once (never backwards: what was written stays in the past). */
    public Instant advance(Duration time) {
        if (time.isNegative()) {
            throw new IllegalArgumentException("The preview's clock only moves on");
        }
        offset.accumulateAndGet(time, Duration::plus);
        return instant();
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new PreviewClock(system.withZone(zone), offset);
    }
}
