package io.outloud.community.pairing;

import java.util.List;

/** A round's outcome: the matches (pairs, at most one trio) and the people no cross-department partner was left for. */
public record PairingPlan(List<PairingGroup> groups, List<String> unmatched) {
    public PairingPlan {
        groups = List.copyOf(groups);
        unmatched = List.copyOf(unmatched);
    }

    public int matchedPeople() {
        return groups.stream().mapToInt(g -> g.userKeys().size()).sum();
    }

    /** Pairs that met before (a trio counts each of its three pairs). */
    public int repeats() {
        return groups.stream().mapToInt(PairingGroup::repeats).sum();
    }
}
