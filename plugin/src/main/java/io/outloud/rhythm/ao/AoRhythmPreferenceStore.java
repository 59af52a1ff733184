package io.outloud.rhythm.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.rhythm.RhythmPreferenceStore;
import io.outloud.rhythm.RhythmPreferences;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link RhythmPreferenceStore} on Active Objects: one row per person, USER_KEY unique. */
public class AoRhythmPreferenceStore implements RhythmPreferenceStore {
    static final int KEYS_PER_STATEMENT = 500;

    private final ActiveObjects ao;

    public AoRhythmPreferenceStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Map<String, RhythmPreferences> find(Collection<String> userKeys) {
        Map<String, RhythmPreferences> found = new HashMap<>();
        List<String> keys = List.copyOf(new java.util.LinkedHashSet<>(userKeys));
        for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            for (AoRhythmPref row : ao.find(AoRhythmPref.class, Query.select().where(AoRhythmPref.USER_KEY + " IN (" + marks + ")", chunk.toArray()))) {
                found.put(row.getUserKey(), toPreferences(row));
            }
        }
        return found;
    }

    @Override
    public void save(String userKey, RhythmPreferences preferences, Instant at) {
        if (update(userKey, preferences, at)) {
            return;
        }
        try {
            // In a transaction of its own: PostgreSQL aborts a transaction after a failed insert.
            ao.executeInTransaction(() -> ao.create(AoRhythmPref.class,
                    new DBParam(AoRhythmPref.USER_KEY, userKey),
                    new DBParam(AoRhythmPref.CADENCES, preferences.encodedCadences()),
                    new DBParam(AoRhythmPref.WEEKLY_DIGEST, preferences.weeklyDigest()),
                    new DBParam(AoRhythmPref.FRIDAY_NUDGE, preferences.fridayNudge()),
                    new DBParam(AoRhythmPref.UPDATED_AT, at.toEpochMilli())));
        } catch (RuntimeException e) {
            // A concurrent first save made the row: ours is the later word.
            if (!update(userKey, preferences, at)) {
                throw e;
            }
        }
    }

    private boolean update(String userKey, RhythmPreferences preferences, Instant at) {
        AoRhythmPref[] rows = ao.find(AoRhythmPref.class, Query.select().where(AoRhythmPref.USER_KEY + " = ?", userKey));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setCadences(preferences.encodedCadences());
        rows[0].setWeeklyDigest(preferences.weeklyDigest());
        rows[0].setFridayNudge(preferences.fridayNudge());
        rows[0].setUpdatedAt(at.toEpochMilli());
        rows[0].save();
        return true;
    }

    @Override
    public List<String> nudged(String after, int limit) {
        return Arrays.stream(ao.find(AoRhythmPref.class, Query.select("ID, " + AoRhythmPref.USER_KEY)
                        .where(AoRhythmPref.FRIDAY_NUDGE + " = ? AND " + AoRhythmPref.USER_KEY + " > ?", true, after)
                        .order(AoRhythmPref.USER_KEY).limit(limit)))
                .map(AoRhythmPref::getUserKey).toList();
    }

    private static RhythmPreferences toPreferences(AoRhythmPref row) {
        return new RhythmPreferences(RhythmPreferences.decodeCadences(row.getCadences()), row.isWeeklyDigest(), row.isFridayNudge());
    }
}
