package io.outloud.people;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port: people by user key, many at once (callers ask once per page, never once per item). */
public interface PersonDirectory {

    /**
     * Every key given is in the result; people the host does not know come back as {@link Person#unknown}. A fixed
     * number of queries per call, whatever the number of keys.
     */
    Map<String, Person> people(Collection<String> userKeys);

    /**
     * The same, with the site's department rules already read by the caller (from the site settings it loaded for its
     * own use), so a rendering reads the settings once. A default that ignores them, for directories that need none.
     */
    default Map<String, Person> people(Collection<String> userKeys, DepartmentRules rules) {
        return people(userKeys);
    }

    /**
     * People as cards and lists of names show them (name, avatar, department), without what they are open to talk
     * about ({@link Person#openTo()} is ""): that comes from the app's own profiles, costs a statement, and only
     * member lists and pairing show it. A default that reads everything, for directories with nothing to spare.
     */
    default Map<String, Person> cards(Collection<String> userKeys) {
        return people(userKeys);
    }

    /** {@link #cards(Collection)} with the department rules the caller read. */
    default Map<String, Person> cards(Collection<String> userKeys, DepartmentRules rules) {
        return people(userKeys, rules);
    }

    /**
     * The user key of the person with this username, if the host knows them. A default (nobody), so that
     * directories that only answer by key need not implement it; the host's directory does.
     */
    default Optional<String> userKeyOf(String username) {
        return Optional.empty();
    }

    /**
     * The username of the person with this user key, if the host knows them (for addresses that name a person, as the
     * stream's filter and following do). A default (nobody), for directories that need none.
     */
    default Optional<String> usernameOf(String userKey) {
        return Optional.empty();
    }

    /**
     * The departments the site knows of, in the order the site admin gave them: the mapped departments when they come
     * from groups, the admin's list when they come from profiles (Confluence keeps no list of every department). A
     * default (none) for directories that know no list.
     */
    default Set<String> knownDepartments() {
        return Set.of();
    }
}
