package io.outloud.people;

import java.util.Collection;
import java.util.Map;

/** Port: people by user key, many at once (callers ask once per page, never once per item). */
public interface PersonDirectory {

    /** Every key given is in the result; people the host does not know come back as {@link Person#unknown}. */
    Map<String, Person> people(Collection<String> userKeys);
}
