package io.outloud.community;

import java.time.Instant;

/** Port: whether a person asked one of their communities something since a moment (for their own eyes only); one small read. */
public interface AskSteps {

    boolean askedSince(String userKey, Instant since);
}
