package io.outloud.community.pairing;

import java.util.Objects;

/** Someone who takes part in a round, with their department ("" for none, which counts as a department of its own). */
public record PairingCandidate(String userKey, String department) {
    public PairingCandidate {
        Objects.requireNonNull(userKey, "userKey");
        department = department == null ? "" : department.trim();
    }

    /** Whether the two are from different departments (two people without one are the same "none"). */
    public boolean crossesDepartments(PairingCandidate other) {
        return !department.equalsIgnoreCase(other.department);
    }
}
