package io.outloud.people;

import java.util.Optional;

/**
 * Who someone is, as every feature shows them: name, avatar, department (which may be unknown) and what they are open
 * to talk about beyond their job title ("" when they said nothing).
 */
public record Person(String userKey, String displayName, String avatarUrl, String department, String openTo) {

    public Person {
        openTo = openTo == null ? "" : openTo;
    }

    /** Someone who said nothing about what they are open to talk about. */
    public Person(String userKey, String displayName, String avatarUrl, String department) {
        this(userKey, displayName, avatarUrl, department, "");
    }

    public Optional<String> departmentIfKnown() {
        return department == null || department.isBlank() ? Optional.empty() : Optional.of(department);
    }

    /** What they are open to talk about, if they said. */
    public Optional<String> openToIfSaid() {
        return openTo.isBlank() ? Optional.empty() : Optional.of(openTo);
    }

    /** Someone the host no longer knows (a deleted account): shown, never guessed. */
    public static Person unknown(String userKey) {
        return new Person(userKey, null, null, null);
    }

    public boolean isKnown() {
        return displayName != null;
    }
}
