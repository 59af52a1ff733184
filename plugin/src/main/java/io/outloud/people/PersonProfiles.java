package io.outloud.people;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Persistence port: what each person wrote about themselves (what they are open to talk about). */
public interface PersonProfiles {
    int KEYS_PER_STATEMENT = 500;

    /**
     * What these people are open to talk about, by user key; people who said nothing are left out. One statement per
     * call for up to {@value #KEYS_PER_STATEMENT} keys (more go in chunks of that many), none for no keys.
     */
    Map<String, String> openTo(Collection<String> userKeys);

    /** Records what this person is open to talk about ("" clears it). */
    void putOpenTo(String userKey, String openTo, Instant at);
}
