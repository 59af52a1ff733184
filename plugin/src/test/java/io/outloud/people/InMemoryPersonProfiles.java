package io.outloud.people;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Profiles in memory, counting the calls that read them. */
public final class InMemoryPersonProfiles implements PersonProfiles {
    private final Map<String, String> openTo = new HashMap<>();
    public final Map<String, Instant> updatedAt = new HashMap<>();
    public int reads;

    @Override
    public Map<String, String> openTo(Collection<String> userKeys) {
        reads++;
        Map<String, String> found = new HashMap<>();
        for (String key : userKeys) {
            String text = openTo.get(key);
            if (text != null && !text.isEmpty()) {
                found.put(key, text);
            }
        }
        return found;
    }

    @Override
    public void putOpenTo(String userKey, String text, Instant at) {
        openTo.put(userKey, text);
        updatedAt.put(userKey, at);
    }
}
