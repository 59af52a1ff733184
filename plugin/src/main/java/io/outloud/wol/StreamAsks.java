package io.outloud.wol;

import io.outloud.people.Person;

import java.time.Instant;
import java.util.List;

/**
 * Port: what the reader's communities ask of them now, shown above their stream. The community feature implements
 * it; the stream knows no community.
 */
public interface StreamAsks {

    /** The reader's asks, newest first, at most {@code limit}; none for an anonymous reader. One query for them all. */
    List<Ask> forReader(int limit);

    /** An ask as the stream shows it: who asked what, when, and in which community ({@code communityPath}: a site path). */
    record Ask(Person asker, String text, Instant at, String communityName, String communityPath) {
    }
}
