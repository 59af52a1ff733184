package io.outloud.rhythm.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.RowBatch;
import io.outloud.common.privacy.Retained;
import io.outloud.common.privacy.RetentionCutoffs;

import java.util.Objects;

/**
 * The rhythm keeps copies of notices for digests and a claim per mail sent: both go after the notices' retention
 * period, like the notices themselves (a notice held for a digest someone switched off would otherwise stay for ever;
 * a claim that old is for a period long done, so nobody can be told twice by its going).
 */
public class RhythmRetention implements Retained {
    private final ActiveObjects ao;

    public RhythmRetention(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public int expire(RetentionCutoffs cutoffs, int limit) {
        long before = cutoffs.noticesBefore().toEpochMilli();
        return ao.executeInTransaction(() -> {
            int held = RowBatch.olderThan(ao, AoHeldNotice.class, AoHeldNotice.HELD_AT, before, limit).deleteFrom(ao, AoHeldNotice.class);
            int left = limit - held;
            return left <= 0 ? held
                    : held + RowBatch.olderThan(ao, AoDigestSent.class, AoDigestSent.SENT_AT, before, left).deleteFrom(ao, AoDigestSent.class);
        });
    }
}
