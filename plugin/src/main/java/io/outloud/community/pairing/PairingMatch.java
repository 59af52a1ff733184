package io.outloud.community.pairing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Two or three people matched in one round of a community, each with their seat (and answer). */
public record PairingMatch(long id, String communityKey, int round, Instant startedAt, List<PairingSeat> seats) {
    public PairingMatch {
        Objects.requireNonNull(communityKey, "communityKey");
        Objects.requireNonNull(startedAt, "startedAt");
        seats = List.copyOf(seats);
    }

    public Optional<PairingSeat> seatOf(String userKey) {
        return seats.stream().filter(s -> s.userKey().equals(userKey)).findFirst();
    }

    /** Everyone in the match but this person. */
    public List<String> partnersOf(String userKey) {
        return seats.stream().map(PairingSeat::userKey).filter(k -> !k.equals(userKey)).toList();
    }
}
