package io.outloud.rhythm;

import io.outloud.common.OutloudException;

import java.util.Arrays;

/**
 * How soon a person hears of one kind of notice by mail: at once (as before), gathered into a daily or the weekly
 * digest, or not by mail at all. The app's own notification list shows every notice whatever the cadence: it is where
 * a person looks, not what interrupts them, so "off" silences the mail only.
 */
public enum Cadence {
    AT_ONCE("at-once"), DAILY("daily"), WEEKLY("weekly"), OFF("off");

    private final String code;

    Cadence(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether a notice of this cadence waits in the store for a digest. */
    public boolean held() {
        return this == DAILY || this == WEEKLY;
    }

    public static Cadence of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> OutloudException.invalid("outloud.rhythm.error.cadence"));
    }
}
