package io.outloud.rhythm;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Persistence port: each person's rhythm (one row per person who changed anything; others have the defaults). */
public interface RhythmPreferenceStore {

    /** The preferences of these people, by user key; people who never chose are left out. One statement. */
    Map<String, RhythmPreferences> find(Collection<String> userKeys);

    default RhythmPreferences of(String userKey) {
        return find(List.of(userKey)).getOrDefault(userKey, RhythmPreferences.DEFAULT);
    }

    void save(String userKey, RhythmPreferences preferences, Instant at);

    /** People who asked for the Friday nudge, by user key in order, strictly after {@code after}, at most {@code limit}. */
    List<String> nudged(String after, int limit);
}
