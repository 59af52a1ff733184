package io.outloud.rhythm;

import java.util.List;

/**
 * One person's weekly digest: new blocks from what they follow, stuck colleagues whose labels match what the person is
 * open to talk about, feedback waiting on their open thoughts, asks of their communities, and notices held for the week.
 */
public record WeeklyDigest(List<DigestEntry> followed, List<DigestEntry> stuck, List<DigestEntry> feedback, List<DigestEntry> asks,
                           List<DigestEntry> held) {
    public WeeklyDigest {
        followed = List.copyOf(followed);
        stuck = List.copyOf(stuck);
        feedback = List.copyOf(feedback);
        asks = List.copyOf(asks);
        held = List.copyOf(held);
    }

    public boolean isEmpty() {
        return followed.isEmpty() && stuck.isEmpty() && feedback.isEmpty() && asks.isEmpty() && held.isEmpty();
    }
}
