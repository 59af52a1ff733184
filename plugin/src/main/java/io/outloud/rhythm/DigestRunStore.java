package io.outloud.rhythm;

import java.time.Instant;
import java.util.Optional;

/**
 * Persistence port: the durable queue of a period's mails and the record of who got one. A period's run keeps how far
 * through its audience it got (a user key; "" at the start); each mail sent claims the person's row for the period
 * first, and a claim is unique, so re-running a period, or two nodes running it, tells nobody twice.
 */
public interface DigestRunStore {

    /** How far the period's run got ("" for not started); empty once it went through everyone. */
    Optional<String> cursor(String period);

    /** Moves the run on from {@code from} to {@code to} (done: nobody is left); false if another run moved it first. */
    boolean advance(String period, String from, String to, boolean done);

    /** When the rhythm's job first ran on this site (recorded now, on its first turn). */
    Instant firstTurn(Instant now);

    /** Records that this person gets the period's mail; false when they already got it. */
    boolean claim(String period, String userKey, Instant at);
}
