package io.outloud.community.pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A member's part in a community's pairing: whether they opted in (nobody is enrolled without asking), until which
 * date they snoozed (null: not snoozed), how many rounds in a row they left unanswered, and whether they were paused
 * for it (three in a row; opting in again resumes).
 */
public record PairingParticipant(String communityKey, String userKey, boolean optedIn, LocalDate snoozedUntil, int unanswered,
                                 boolean paused, Instant changedAt) {
    /** Rounds left unanswered in a row after which a person is paused until they opt in again. */
    public static final int PAUSE_AFTER_UNANSWERED = 3;

    public PairingParticipant {
        Objects.requireNonNull(communityKey, "communityKey");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** Someone who never opted in. */
    public static PairingParticipant notEnrolled(String communityKey, String userKey, Instant at) {
        return new PairingParticipant(communityKey, userKey, false, null, 0, false, at);
    }

    /** Whether the snooze still holds at this moment: through the whole of its last day (UTC). */
    public boolean snoozedAt(Instant now) {
        return snoozedUntil != null && !LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(snoozedUntil);
    }

    /** Whether a round starting now pairs this person (membership aside). */
    public boolean takesPartAt(Instant now) {
        return optedIn && !paused && !snoozedAt(now);
    }

    public PairingParticipant optedIn(Instant at) {
        return new PairingParticipant(communityKey, userKey, true, snoozedUntil, 0, false, at);
    }

    public PairingParticipant optedOut(Instant at) {
        return new PairingParticipant(communityKey, userKey, false, snoozedUntil, unanswered, paused, at);
    }

    public PairingParticipant snoozed(LocalDate until, Instant at) {
        return new PairingParticipant(communityKey, userKey, optedIn, until, unanswered, paused, at);
    }

    public PairingParticipant answered(Instant at) {
        return new PairingParticipant(communityKey, userKey, optedIn, snoozedUntil, 0, paused, at);
    }

    /** One more round left unanswered; the third in a row pauses. */
    public PairingParticipant leftUnanswered(Instant at) {
        int count = unanswered + 1;
        return new PairingParticipant(communityKey, userKey, optedIn, snoozedUntil, count, paused || count >= PAUSE_AFTER_UNANSWERED, at);
    }
}
