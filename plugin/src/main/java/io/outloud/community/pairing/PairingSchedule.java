package io.outloud.community.pairing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** How often a community's rounds run (every 7, 14 or 28 days; 0 = only when a lead starts one) and when the next is due. */
public record PairingSchedule(String communityKey, int everyDays, Instant nextRun) {
    public static final List<Integer> CHOICES = List.of(0, 7, 14, 28);

    public PairingSchedule {
        Objects.requireNonNull(communityKey, "communityKey");
        if (!CHOICES.contains(everyDays)) {
            throw new IllegalArgumentException("every " + everyDays + " days");
        }
        nextRun = everyDays == 0 ? null : Objects.requireNonNull(nextRun, "nextRun");
    }

    public static PairingSchedule none(String communityKey) {
        return new PairingSchedule(communityKey, 0, null);
    }

    public boolean scheduled() {
        return everyDays > 0;
    }

    /** The schedule after the round due at {@link #nextRun} ran at {@code now}: the next turn, never in the past. */
    public PairingSchedule advancedFrom(Instant now) {
        Duration every = Duration.ofDays(everyDays);
        Instant next = nextRun.plus(every);
        return new PairingSchedule(communityKey, everyDays, next.isAfter(now) ? next : now.plus(every));
    }
}
