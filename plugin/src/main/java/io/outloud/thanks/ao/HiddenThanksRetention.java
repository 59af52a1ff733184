package io.outloud.thanks.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.privacy.Retained;
import io.outloud.common.privacy.RetentionCutoffs;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Objects;

/**
 * Thanks for unnamed feedback would otherwise keep the link between the feedback and its giver that the site's period
 * for giver links forgets: after the same period, such thanks forget which feedback they were for (the thanked person
 * keeps their thanks and its note). By then the feedback forgot its giver too, so it cannot be thanked again.
 */
public class HiddenThanksRetention implements Retained {
    private final ActiveObjects ao;

    public HiddenThanksRetention(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public int expire(RetentionCutoffs cutoffs, int limit) {
        return cutoffs.giverLinksBefore().map(before -> forget(before, limit)).orElse(0);
    }

    private int forget(Instant before, int limit) {
        return ao.executeInTransaction(() -> {
            AoThanks[] linked = ao.find(AoThanks.class, Query.select()
                    .where(AoThanks.HIDDEN + " = ? AND " + AoThanks.OCCASION_ID + " <> ? AND " + AoThanks.CREATED_AT + " < ?", true, 0L, before.toEpochMilli())
                    .order("ID").limit(limit));
            for (AoThanks thanks : linked) {
                thanks.setOccasionId(0L);
                thanks.save();
            }
            return linked.length;
        });
    }
}
