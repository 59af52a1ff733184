package io.outloud.community.pairing;

import java.util.Objects;

/** A person's place in a match, with what they said afterwards. */
public record PairingSeat(long matchId, String userKey, PairingAnswer answer) {
    public PairingSeat {
        Objects.requireNonNull(userKey, "userKey");
        answer = answer == null ? PairingAnswer.NONE : answer;
    }
}
