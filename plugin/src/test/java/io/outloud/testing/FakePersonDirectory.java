package io.outloud.testing;

import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** People by key (username = the key without "key-"), counting the lookups. */
public final class FakePersonDirectory implements PersonDirectory {
    private final Map<String, Person> people = new HashMap<>();
    public int lookups;

    public FakePersonDirectory with(String username, String name, String department) {
        people.put("key-" + username, new Person("key-" + username, name, "/avatars/" + username + ".svg", department));
        return this;
    }

    /** Someone who said what they are open to talk about. */
    public FakePersonDirectory with(String username, String name, String department, String openTo) {
        people.put("key-" + username, new Person("key-" + username, name, "/avatars/" + username + ".svg", department, openTo));
        return this;
    }

    @Override
    public Map<String, Person> people(Collection<String> userKeys) {
        lookups++;
        Map<String, Person> found = new LinkedHashMap<>();
        userKeys.forEach(k -> found.put(k, people.getOrDefault(k, Person.unknown(k))));
        return found;
    }

    @Override
    public Optional<String> usernameOf(String userKey) {
        return people.containsKey(userKey) ? Optional.of(userKey.substring("key-".length())) : Optional.empty();
    }

    @Override
    public Optional<String> userKeyOf(String username) {
        return people.containsKey("key-" + username) ? Optional.of("key-" + username) : Optional.empty();
    }
}
