package io.outloud.community.pairing.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.RowBatch;
import io.outloud.common.privacy.Retained;
import io.outloud.common.privacy.RetentionCutoffs;

import java.util.Objects;

/**
 * Who met whom, kept for the retention period: matches of rounds started before it go with their seats (and answers).
 * The rounds themselves stay (their number and how many matches they made), so numbering goes on; the planner then no
 * longer knows those people met, and may pair them again.
 */
public class PairingRetention implements Retained {
    private final ActiveObjects ao;

    public PairingRetention(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public int expire(RetentionCutoffs cutoffs, int limit) {
        return ao.executeInTransaction(() -> {
            RowBatch matches = RowBatch.olderThan(ao, AoPairMatch.class, AoPairMatch.STARTED_AT, cutoffs.pairingBefore().toEpochMilli(), limit);
            if (matches.isEmpty()) {
                return 0;
            }
            ao.deleteWithSQL(AoPairSeat.class, matches.in(AoPairSeat.MATCH_ID), matches.values());
            return matches.deleteFrom(ao, AoPairMatch.class);
        });
    }
}
