package io.outloud.wol.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.content.MacroIdentity;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.OwnSteps;
import io.outloud.wol.ReactionKind;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which working-out-loud steps a person took since a moment, on H2 and PostgreSQL, from rows the real stores write. */
class AoOwnStepsTest {
    private static final Instant MONTH = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant LAST_MONTH = Instant.parse("2026-11-30T23:59:59.999Z");
    private static final Instant THIS_MONTH = Instant.parse("2026-12-01T00:00:00Z");

    private JdbcActiveObjects aoOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoBlock.class, AoReaction.class, AoReply.class, AoView.class, AoViewer.class, AoViewDay.class);
        return ao;
    }

    @EachDatabase
    void nothingDone_isNoStep(TestDatabase db) {
        assertEquals(new OwnSteps.Taken(false, false, false, false), new AoOwnSteps(aoOn(db)).since("bruno", MONTH));
    }

    @EachDatabase
    void stepsOfLastMonthOrOfSomeoneElse_doNotCount(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        new AoBlockStore(ao).create(new MacroIdentity("m1", 10L, "DEV"), "bruno", BlockStatus.EXPLORING, LAST_MONTH);
        new AoReactionStore(ao).toggle(10L, "m1", "bruno", ReactionKind.USEFUL, LAST_MONTH);
        new AoReplyStore(ao).add(10L, "m1", "bruno", "Nice", LAST_MONTH);
        new AoViewStore(ao).record(10L, "m1", "bruno", "Sales", LocalDate.parse("2026-11-30"), LAST_MONTH);
        new AoBlockStore(ao).create(new MacroIdentity("m2", 11L, "DEV"), "alice", BlockStatus.EXPLORING, THIS_MONTH);
        new AoReactionStore(ao).toggle(11L, "m2", "alice", ReactionKind.USEFUL, THIS_MONTH);

        assertEquals(new OwnSteps.Taken(false, false, false, false), new AoOwnSteps(ao).since("bruno", MONTH));
    }

    @EachDatabase
    void eachStepThisMonth_countsOnItsOwn(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        AoOwnSteps steps = new AoOwnSteps(ao);
        new AoViewStore(ao).record(10L, "m1", "bruno", "Sales", LocalDate.parse("2026-12-01"), THIS_MONTH);
        assertEquals(new OwnSteps.Taken(true, false, false, false), steps.since("bruno", MONTH));

        new AoReactionStore(ao).toggle(10L, "m1", "bruno", ReactionKind.LEARNED, THIS_MONTH);
        assertEquals(new OwnSteps.Taken(true, true, false, false), steps.since("bruno", MONTH));

        new AoReplyStore(ao).add(10L, "m1", "bruno", "Thanks", THIS_MONTH);
        assertEquals(new OwnSteps.Taken(true, true, true, false), steps.since("bruno", MONTH));

        new AoBlockStore(ao).create(new MacroIdentity("m3", 12L, "DEV"), "bruno", BlockStatus.IN_PROGRESS, THIS_MONTH);
        assertEquals(new OwnSteps.Taken(true, true, true, true), steps.since("bruno", MONTH));
        assertEquals(new OwnSteps.Taken(false, false, false, false), steps.since("alice", MONTH));
    }
}
