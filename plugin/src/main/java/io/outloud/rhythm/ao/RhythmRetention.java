package io.outloud.rhythm.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.RowBatch;
import io.outloud.common.privacy.Retained;
import io.outloud.common.privacy.RetentionCutoffs;
import net.java.ao.Query;

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
            RowBatch held = RowBatch.of(ao.find(AoHeldNotice.class, Query.select("ID")
                    .where(AoHeldNotice.HELD_AT + " < ?", before).order("ID").limit(limit)));
            if (!held.isEmpty()) {
                ao.deleteWithSQL(AoHeldNotice.class, held.in("ID"), held.values());
            }
            int left = limit - held.values().length;
            if (left <= 0) {
                return held.values().length;
            }
            RowBatch sent = RowBatch.of(ao.find(AoDigestSent.class, Query.select("ID")
                    .where(AoDigestSent.SENT_AT + " < ?", before).order("ID").limit(left)));
            if (!sent.isEmpty()) {
                ao.deleteWithSQL(AoDigestSent.class, sent.in("ID"), sent.values());
            }
            return held.values().length + sent.values().length;
        });
    }
}
