package io.outloud.community.pairing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person said afterwards about a match: not yet, we met, or we did not meet. */
public enum PairingAnswer {
    NONE, MET, NOT_MET;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PairingAnswer> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }

    public boolean answered() {
        return this != NONE;
    }
}
