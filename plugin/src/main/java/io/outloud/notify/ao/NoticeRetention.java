package io.outloud.notify.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.RowBatch;
import io.outloud.common.privacy.Retained;
import io.outloud.common.privacy.RetentionCutoffs;

import java.util.Objects;

/**
 * Each person's notices, kept for the retention period, read or not: older ones go. A group's newest notice is its
 * newest row, so a group goes whole or keeps its newest, and its count stays its number of rows.
 */
public class NoticeRetention implements Retained {
    private final ActiveObjects ao;

    public NoticeRetention(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public int expire(RetentionCutoffs cutoffs, int limit) {
        return ao.executeInTransaction(() -> RowBatch.olderThan(ao, AoNotice.class, AoNotice.CREATED_AT,
                cutoffs.noticesBefore().toEpochMilli(), limit).deleteFrom(ao, AoNotice.class));
    }
}
