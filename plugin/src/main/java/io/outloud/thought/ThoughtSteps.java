package io.outloud.thought;

import java.time.Instant;

/** Port: whether a person wrote a half-finished thought since a moment (for their own eyes only); one small read. */
public interface ThoughtSteps {

    boolean wroteSince(String userKey, Instant since);
}
