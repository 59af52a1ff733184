package io.outloud.preview.http;

import io.outloud.preview.ThoughtNotices;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The author hears of feedback through the host's scheduler: the plugin's job, registered and scheduled once per
 * cluster, sends one mail an hour after the first piece not yet told, counting every piece since, naming nobody.
 */
class ThoughtOwedNoticeHttpTest extends ThoughtHttpSupport {

    @Test
    void piecesWithinTheHour_areToldByTheScheduledJob_inOneMail() throws Exception {
        long pageId = savePage("Owed notices", thought("owed-1", "<p>Half done.</p>", "question", "What would you cut?"), "8a7f80a1-eva");
        PreviewClient eva = as("eva");
        assertEquals(200, eva.get("/pages/viewpage.action?pageId=" + pageId).statusCode());
        int before = outboxCount(eva);

        assertEquals(201, give(as("alice"), pageId, "owed-1", "go-on", "OWED-ALICE", false).statusCode());
        assertEquals(201, give(as("bruno"), pageId, "owed-1", "helps-me", "OWED-BRUNO", false).statusCode());
        assertEquals(201, give(as("dirk"), pageId, "owed-1", "see-differently", "OWED-DIRK", false).statusCode());
        server.hosts().scheduler().makeDue(ThoughtNotices.JOB);
        server.hosts().scheduler().runDueJobs();
        assertEquals(before, outboxCount(eva), "the hour since the first piece is not over: nothing yet");

        assertEquals(1, ThoughtNotices.sendAsIfAnHourPassed(server), "the plugin's job ran on this node");

        assertEquals(before + 1, outboxCount(eva));
        String outbox = mainContent(eva.get("/outbox").body());
        assertTrue(outbox.contains("3 new pieces of feedback on your thought on"), outbox);
        assertFalse(outbox.contains("OWED-BRUNO") || outbox.contains("Bruno") || outbox.contains("Dirk"), "a notice names and quotes nobody");

        ThoughtNotices.sendAsIfAnHourPassed(server);
        assertEquals(before + 1, outboxCount(eva), "told once");
    }
}
