package io.outloud.preview.http;

import com.atlassian.scheduler.config.JobId;
import io.outloud.thought.ao.AoThought;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feedback within the hour after a notice reaches the author through the host's scheduler: the plugin's job is
 * registered and scheduled once per cluster, and its turn sends one mail counting the pieces that waited, naming nobody.
 */
class ThoughtOwedNoticeHttpTest extends ThoughtHttpSupport {
    private static final JobId JOB = JobId.of("io.outloud.thought.owed-notices");

    @Test
    void piecesWithinTheHour_areToldByTheScheduledJob_inOneMail() throws Exception {
        long pageId = savePage("Owed notices", thought("owed-1", "<p>Half done.</p>", "question", "What would you cut?"), "8a7f80a1-eva");
        PreviewClient eva = as("eva");
        assertEquals(200, eva.get("/pages/viewpage.action?pageId=" + pageId).statusCode());
        int before = outboxCount(eva);

        assertEquals(201, give(as("alice"), pageId, "owed-1", "go-on", "OWED-ALICE", false).statusCode());
        assertEquals(before + 1, outboxCount(eva), "the first piece after a quiet hour: told at once");
        assertEquals(201, give(as("bruno"), pageId, "owed-1", "helps-me", "OWED-BRUNO", false).statusCode());
        assertEquals(201, give(as("dirk"), pageId, "owed-1", "see-differently", "OWED-DIRK", false).statusCode());
        server.hosts().scheduler().makeDue(JOB);
        server.hosts().scheduler().runDueJobs();
        assertEquals(before + 1, outboxCount(eva), "the hour since the notice is not over: nothing yet");

        // The last notice was two hours ago (as if that hour had passed), and the job's turn comes.
        for (AoThought row : server.hosts().activeObjects().find(AoThought.class,
                Query.select().where(AoThought.THOUGHT_KEY + " = ?", pageId + "/owed-1"))) {
            row.setNotifiedAt(System.currentTimeMillis() - 2 * 3_600_000L);
            row.save();
        }
        server.hosts().scheduler().makeDue(JOB);
        assertEquals(1, server.hosts().scheduler().runDueJobs(), "the plugin's job ran on this node");

        assertEquals(before + 2, outboxCount(eva));
        String outbox = mainContent(eva.get("/outbox").body());
        assertTrue(outbox.contains("2 new pieces of feedback on your thought on"), outbox);
        assertFalse(outbox.contains("OWED-BRUNO") || outbox.contains("Bruno") || outbox.contains("Dirk"), "a notice names and quotes nobody");

        server.hosts().scheduler().makeDue(JOB);
        server.hosts().scheduler().runDueJobs();
        assertEquals(before + 2, outboxCount(eva), "owed once");
    }
}
