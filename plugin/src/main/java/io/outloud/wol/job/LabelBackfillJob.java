package io.outloud.wol.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.outloud.common.job.ClusterJob;
import io.outloud.wol.LabelBackfill;

import java.time.Duration;

/**
 * Moves blocks' labels from the old delimited column into the label table: every hour, once per cluster, in batches
 * of {@value #BATCH} blocks (one transaction each), at most {@value #MAX_BATCHES} batches a run so that a large site
 * is done over a few runs without one long job. Once everything is moved a run costs one query.
 */
public class LabelBackfillJob extends ClusterJob {
    static final int BATCH = 500;
    static final int MAX_BATCHES = 400;

    private final LabelBackfill backfill;

    public LabelBackfillJob(SchedulerService scheduler, LabelBackfill backfill) {
        super(scheduler, "io.outloud.wol.label-backfill", Duration.ofHours(1));
        this.backfill = backfill;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success(run() + " blocks' labels moved to the label table");
    }

    /** Runs the batches; returns how many blocks were moved. */
    int run() {
        int moved = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int batch = backfill.backfillLabels(BATCH);
            moved += batch;
            if (batch < BATCH) {
                break;
            }
        }
        return moved;
    }
}
