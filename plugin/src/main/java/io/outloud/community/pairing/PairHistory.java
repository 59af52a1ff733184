package io.outloud.community.pairing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who met whom in earlier rounds: unordered pairs with the last round they were matched in. A trio counts as three
 * pairs. Built once per round from the stored seats; asked once per candidate partner.
 */
public final class PairHistory {
    public static final PairHistory EMPTY = new PairHistory(Map.of());

    /** Person to partner to the last round number the two were matched in. */
    private final Map<String, Map<String, Integer>> lastRound;

    private PairHistory(Map<String, Map<String, Integer>> lastRound) {
        this.lastRound = lastRound;
    }

    /** The history of these groups (each the user keys matched together in one round). */
    public static PairHistory of(Collection<Meeting> meetings) {
        Builder builder = new Builder();
        meetings.forEach(m -> builder.add(m.round(), m.people()));
        return builder.build();
    }

    /** Whether the two were matched before. */
    public boolean met(String a, String b) {
        Map<String, Integer> partners = lastRound.get(a);
        return partners != null && partners.containsKey(b);
    }

    /** The last round the two were matched in, or 0 for never. */
    public int lastRound(String a, String b) {
        Map<String, Integer> partners = lastRound.get(a);
        return partners == null ? 0 : partners.getOrDefault(b, 0);
    }

    /** How many different people this person was matched with. */
    public int partnersOf(String userKey) {
        Map<String, Integer> partners = lastRound.get(userKey);
        return partners == null ? 0 : partners.size();
    }

    /** This history with one more round's groups added. */
    public PairHistory with(int round, Collection<PairingGroup> groups) {
        Builder builder = new Builder();
        lastRound.forEach((person, partners) -> builder.lastRound.put(person, new HashMap<>(partners)));
        groups.forEach(g -> builder.add(round, g.userKeys()));
        return builder.build();
    }

    /** The people of one match in one round. */
    public record Meeting(int round, List<String> people) {
        public Meeting {
            people = List.copyOf(people);
        }
    }

    /** Collects meetings one by one (the store reads seats, grouped by match). */
    public static final class Builder {
        private final Map<String, Map<String, Integer>> lastRound = new HashMap<>();

        public Builder add(int round, List<String> people) {
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    put(people.get(i), people.get(j), round);
                    put(people.get(j), people.get(i), round);
                }
            }
            return this;
        }

        private void put(String a, String b, int round) {
            if (!Objects.equals(a, b)) {
                lastRound.computeIfAbsent(a, k -> new HashMap<>()).merge(b, round, Math::max);
            }
        }

        public PairHistory build() {
            return new PairHistory(lastRound);
        }
    }
}
