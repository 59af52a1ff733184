package io.outloud.people;

import java.util.Optional;

/** Who someone is, as every feature shows them: name, avatar and department (which may be unknown). */
public record Person(String userKey, String displayName, String avatarUrl, String department) {

    public Optional<String> departmentIfKnown() {
        return department == null || department.isBlank() ? Optional.empty() : Optional.of(department);
    }

    /** Someone the host no longer knows (a deleted account): shown, never guessed. */
    public static Person unknown(String userKey) {
        return new Person(userKey, null, null, null);
    }

    public boolean isKnown() {
        return displayName != null;
    }
}
