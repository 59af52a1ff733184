package io.outloud.community.pairing;

import java.util.List;

/** Two people (or three: the odd one out joins a pair) matched in one round, and how many of their pairs met before. */
public record PairingGroup(List<String> userKeys, int repeats) {
    public PairingGroup {
        userKeys = List.copyOf(userKeys);
        if (userKeys.size() < 2 || userKeys.size() > 3) {
            throw new IllegalArgumentException("a match is two or three people: " + userKeys);
        }
    }

    public boolean isTrio() {
        return userKeys.size() == 3;
    }
}
