package io.outloud.community;

import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.testing.FakePersonDirectory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link FakePersonDirectory} that also knows the organisation's departments. */
final class KnownDepartments implements PersonDirectory {
    private final FakePersonDirectory people;
    private final Set<String> known;

    KnownDepartments(FakePersonDirectory people, Set<String> known) {
        this.people = people;
        this.known = Set.copyOf(known);
    }

    @Override
    public Map<String, Person> people(Collection<String> userKeys) {
        return people.people(userKeys);
    }

    @Override
    public Optional<String> userKeyOf(String username) {
        return people.userKeyOf(username);
    }

    @Override
    public Set<String> knownDepartments() {
        return known;
    }
}
