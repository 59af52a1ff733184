package io.outloud.privacy;

import io.outloud.common.privacy.Retained;
import io.outloud.common.privacy.RetentionCutoffs;
import io.outloud.settings.Retention;
import io.outloud.settings.SettingsService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Applies the site's retention settings to every feature that keeps something for a limited time: feature after
 * feature, a batch (one transaction) at a time, until nothing is left or the run's bound is reached (the next run goes
 * on from there, as rows past their time are found again).
 */
public class RetentionService {
    /** Rows settled in one transaction. */
    public static final int BATCH = 500;
    /** Batches in one run: a first run on a large site is spread over several days rather than holding a node for hours. */
    public static final int BATCHES_PER_RUN = 200;

    private final List<Retained> features;
    private final SettingsService settings;
    private final Clock clock;

    public RetentionService(List<Retained> features, SettingsService settings, Clock clock) {
        this.features = List.copyOf(features);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The cutoffs the settings give at this moment. */
    public RetentionCutoffs cutoffs() {
        Retention retention = settings.retention();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return new RetentionCutoffs(today.minusDays(retention.seenByDays()),
                now.atZone(ZoneOffset.UTC).minusMonths(retention.pairingMonths()).toInstant(),
                now.atZone(ZoneOffset.UTC).minusMonths(retention.noticeMonths()).toInstant(),
                retention.giverLinkForgottenAfter().map(days -> now.minus(Duration.ofDays(days))));
    }

    /** One run: how many rows were settled, in at most {@code batches} batches of {@code batchSize}. */
    public long apply(int batchSize, int batches) {
        RetentionCutoffs cutoffs = cutoffs();
        long settled = 0;
        int left = batches;
        for (Retained feature : features) {
            int done;
            do {
                if (left == 0) {
                    return settled;
                }
                left--;
                done = feature.expire(cutoffs, batchSize);
                settled += done;
            } while (done > 0);
        }
        return settled;
    }

    public long apply() {
        return apply(BATCH, BATCHES_PER_RUN);
    }
}
