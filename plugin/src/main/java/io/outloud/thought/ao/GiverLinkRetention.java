package io.outloud.thought.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.privacy.Retained;
import io.outloud.common.privacy.RetentionCutoffs;
import io.outloud.common.privacy.TextsOnErasure;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Objects;

/**
 * Unnamed feedback forgets its giver once the site's period is over (when the site set one): the giver's key is
 * replaced for good, so a site admin's look-up finds nobody, and the giver can no longer change or withdraw it.
 */
public class GiverLinkRetention implements Retained {
    private final ActiveObjects ao;

    public GiverLinkRetention(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public int expire(RetentionCutoffs cutoffs, int limit) {
        return cutoffs.giverLinksBefore().map(before -> forget(before, limit)).orElse(0);
    }

    private int forget(Instant before, int limit) {
        return ao.executeInTransaction(() -> {
            AoFeedback[] linked = ao.find(AoFeedback.class, Query.select()
                    .where(AoFeedback.UNNAMED + " = ? AND " + AoFeedback.GIVER_KEY + " <> ? AND " + AoFeedback.CREATED_AT + " < ?",
                            true, TextsOnErasure.ERASED, before.toEpochMilli())
                    .order("ID").limit(limit));
            for (AoFeedback piece : linked) {
                piece.setGiverKey(TextsOnErasure.ERASED);
                piece.save();
            }
            return linked.length;
        });
    }
}
