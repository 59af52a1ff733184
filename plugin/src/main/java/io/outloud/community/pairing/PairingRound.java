package io.outloud.community.pairing;

import java.time.Instant;
import java.util.Objects;

/**
 * One pairing round of a community: its number (1, 2, ...; unique per community, so a round happens once), when it
 * started, who started it (a lead's user key, or "" for the schedule), how many matches it made and how many people
 * it could not match.
 */
public record PairingRound(long id, String communityKey, int number, Instant startedAt, String startedBy, int matches, int unmatched) {
    public PairingRound {
        Objects.requireNonNull(communityKey, "communityKey");
        Objects.requireNonNull(startedAt, "startedAt");
        startedBy = startedBy == null ? "" : startedBy;
    }

    public boolean bySchedule() {
        return startedBy.isEmpty();
    }
}
