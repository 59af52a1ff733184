package io.outloud.preview;

import com.atlassian.scheduler.config.JobId;
import io.outloud.thought.ao.AoThought;
import net.java.ao.Query;

/** What tests of half-finished thoughts do to see the author's notices without waiting an hour. */
public final class ThoughtNotices {
    /** The plugin's job that tells authors of feedback (io.outloud.thought.job.OwedNoticesJob). */
    public static final JobId JOB = JobId.of("io.outloud.thought.owed-notices");

    private ThoughtNotices() {
    }

    /**
     * As if an hour passed since every piece of feedback not yet told: moves each owed notice back two hours, then gives
     * the plugin's scheduled job its turn (the preview's scheduler, as Confluence's runs it once per cluster). Returns
     * how many jobs ran on this node.
     */
    public static int sendAsIfAnHourPassed(PreviewServer server) {
        for (AoThought row : server.hosts().activeObjects().find(AoThought.class, Query.select().where(AoThought.OWED_SINCE + " > ?", 0L))) {
            row.setOwedSince(System.currentTimeMillis() - 2 * 3_600_000L);
            row.save();
        }
        server.hosts().scheduler().makeDue(JOB);
        return server.hosts().scheduler().runDueJobs();
    }
}
