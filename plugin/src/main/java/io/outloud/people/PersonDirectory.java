package io.outloud.people;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Port: people by user key, many at once (callers ask once per page, never once per item). */
public interface PersonDirectory {

    /** Every key given is in the result; people the host does not know come back as {@link Person#unknown}. */
    Map<String, Person> people(Collection<String> userKeys);

    /**
     * The user key of the person with this username, if the host knows them. A default (nobody), so that
     * directories that only answer by key need not implement it; the host's directory does.
     */
    default Optional<String> userKeyOf(String username) {
        return Optional.empty();
    }

    /**
     * The departments the organisation has, as far as the site knows them (communities show which are not yet
     * present); empty when it does not know.
     */
    default java.util.Set<String> knownDepartments() {
        return java.util.Set.of();
    }
}
