package io.outloud.thought.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.content.MacroIdentity;
import io.outloud.thought.ThoughtStage;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whether a person wrote a thought since a moment, on H2 and PostgreSQL, from rows the real store writes. */
class AoThoughtStepsTest {
    private static final Instant MONTH = Instant.parse("2026-12-01T00:00:00Z");

    @EachDatabase
    void aThoughtOfThisMonth_counts_butNotLastMonthsOrAnothersOne(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoThought.class);
        AoThoughtSteps steps = new AoThoughtSteps(ao);
        AoThoughtStore thoughts = new AoThoughtStore(ao);
        thoughts.create(new MacroIdentity("t1", 20L, "DEV"), "bruno", ThoughtStage.SEED, "Old", MONTH.minusMillis(1));
        thoughts.create(new MacroIdentity("t2", 21L, "DEV"), "alice", ThoughtStage.SEED, "Hers", MONTH);
        assertFalse(steps.wroteSince("bruno", MONTH));

        thoughts.create(new MacroIdentity("t3", 22L, "DEV"), "bruno", ThoughtStage.SEED, "New", MONTH);
        assertTrue(steps.wroteSince("bruno", MONTH));
    }
}
