package io.outloud.people.ao;

import io.outloud.common.ao.SqlIn;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.people.PersonProfiles;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link PersonProfiles} on Active Objects: reading is one statement per {@value PersonProfiles#KEYS_PER_STATEMENT}
 * keys; a first write that loses a race on the unique user key is retried as an update.
 */
public class AoPersonProfiles implements PersonProfiles {
    private static final int ATTEMPTS = 3;

    private final ActiveObjects ao;

    public AoPersonProfiles(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Map<String, String> openTo(Collection<String> userKeys) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : userKeys) {
            if (key != null) {
                keys.add(key);
            }
        }
        List<String> all = new ArrayList<>(keys);
        Map<String, String> openTo = new HashMap<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_STATEMENT) {
            List<String> chunk = all.subList(from, Math.min(from + KEYS_PER_STATEMENT, all.size()));
            for (AoProfile row : ao.find(AoProfile.class, Query.select("ID, " + AoProfile.USER_KEY + ", " + AoProfile.OPEN_TO)
                    .where(SqlIn.in(AoProfile.USER_KEY, chunk.size()), chunk.toArray()))) {
                if (row.getOpenTo() != null && !row.getOpenTo().isEmpty()) {
                    openTo.put(row.getUserKey(), row.getOpenTo());
                }
            }
        }
        return openTo;
    }

    @Override
    public void putOpenTo(String userKey, String openTo, Instant at) {
        String stored = openTo == null || openTo.isEmpty() ? null : openTo;
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                ao.executeInTransaction(() -> {
                    AoProfile[] rows = ao.find(AoProfile.class, Query.select().where(AoProfile.USER_KEY + " = ?", userKey));
                    if (rows.length == 0) {
                        return ao.create(AoProfile.class, new DBParam(AoProfile.USER_KEY, userKey), new DBParam(AoProfile.OPEN_TO, stored),
                                new DBParam(AoProfile.UPDATED_AT, at.toEpochMilli()));
                    }
                    rows[0].setOpenTo(stored);
                    rows[0].setUpdatedAt(at.toEpochMilli());
                    rows[0].save();
                    return rows[0];
                });
                return;
            } catch (RuntimeException e) {
                last = e; // a concurrent first write won the unique key (its failed insert ended the transaction): update its row
            }
        }
        throw last;
    }
}
