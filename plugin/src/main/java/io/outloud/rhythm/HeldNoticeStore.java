package io.outloud.rhythm;

import io.outloud.notify.Notice;

import java.time.Instant;
import java.util.List;

/** Persistence port: notices whose mail waits for a person's daily or weekly digest. */
public interface HeldNoticeStore {

    void hold(List<Notice> notices, Cadence cadence, Instant at);

    /** The person's notices held for this cadence up to {@code upTo}, oldest first, at most {@code limit}. */
    List<Notice> held(String userKey, Cadence cadence, Instant upTo, int limit);

    /** Removes the person's notices held for this cadence up to {@code upTo} (they went out in a digest); how many. */
    int release(String userKey, Cadence cadence, Instant upTo);

    /** People with notices held for this cadence, by user key in order, strictly after {@code after}, at most {@code limit}. */
    List<String> holders(Cadence cadence, String after, int limit);
}
