package io.outloud.host;

import java.time.Clock;

/** The clock the use cases read, as a Spring bean (tests give their own). */
public final class SystemClockFactory {
    private SystemClockFactory() {
    }

    public static Clock utc() {
        return Clock.systemUTC();
    }
}
