package io.outloud.wol.job;

import com.atlassian.scheduler.SchedulerService;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The backfill job runs batches until one comes back short, and never more than its bound in one run. */
class LabelBackfillJobTest {
    private final SchedulerService unused = (SchedulerService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{SchedulerService.class}, (proxy, method, args) -> {
                throw new AssertionError("not scheduled here");
            });

    @Test
    void runsBatchesUntilOneIsShort() {
        List<Integer> asked = new ArrayList<>();
        int[] left = {LabelBackfillJob.BATCH * 2 + 3};
        LabelBackfillJob job = new LabelBackfillJob(unused, batch -> {
            asked.add(batch);
            int moved = Math.min(batch, left[0]);
            left[0] -= moved;
            return moved;
        });

        assertEquals(LabelBackfillJob.BATCH * 2 + 3, job.run());
        assertEquals(3, asked.size());
    }

    @Test
    void stopsAfterItsBoundOfBatches_theNextRunGoesOn() {
        int[] calls = {0};
        LabelBackfillJob job = new LabelBackfillJob(unused, batch -> {
            calls[0]++;
            return batch;
        });

        assertEquals(LabelBackfillJob.BATCH * LabelBackfillJob.MAX_BATCHES, job.run());
        assertEquals(LabelBackfillJob.MAX_BATCHES, calls[0]);
    }
}
