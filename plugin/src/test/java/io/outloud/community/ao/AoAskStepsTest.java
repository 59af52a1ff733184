package io.outloud.community.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whether a person asked a community something since a moment, on H2 and PostgreSQL, from rows the real store writes. */
class AoAskStepsTest {
    private static final Instant MONTH = Instant.parse("2026-12-01T00:00:00Z");

    @EachDatabase
    void anAskOfThisMonth_counts_butNotLastMonthsOrAnothersOne(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoCommunityAsk.class, AoAskBatch.class);
        AoAskSteps steps = new AoAskSteps(ao);
        AoCommunityAskStore asks = new AoCommunityAskStore(ao);
        asks.add("design", "bruno", "Old question", MONTH.minusMillis(1));
        asks.add("design", "alice", "Her question", MONTH);
        assertFalse(steps.askedSince("bruno", MONTH));

        asks.add("design", "bruno", "Who knows the export?", MONTH.plusSeconds(60));
        assertTrue(steps.askedSince("bruno", MONTH));
    }
}
