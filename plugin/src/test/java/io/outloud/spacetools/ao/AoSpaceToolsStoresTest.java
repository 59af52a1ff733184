package io.outloud.spacetools.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Keyset;
import io.outloud.content.MacroIdentity;
import io.outloud.spacetools.ModerationRecord;
import io.outloud.spacetools.SpaceItem;
import io.outloud.thought.ThoughtStage;
import io.outloud.thought.ao.AoThought;
import io.outloud.thought.ao.AoThoughtStore;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.ao.AoBlock;
import io.outloud.wol.ao.AoBlockLabel;
import io.outloud.wol.ao.AoBlockStore;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A space's blocks and thoughts, newest first and paged, and the moderation record, on H2 and PostgreSQL. */
class AoSpaceToolsStoresTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @EachDatabase
    void aSpacesBlocksAndThoughts_newestFirst_pagedWithoutRepeats_andOnlyThatSpace(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoBlock.class, AoBlockLabel.class, AoThought.class);
        AoBlockStore blocks = new AoBlockStore(ao);
        AoThoughtStore thoughts = new AoThoughtStore(ao);
        for (int i = 0; i < 5; i++) {
            blocks.create(new MacroIdentity("b" + i, 10 + i, "TEAM"), "alice", BlockStatus.STUCK, T0.plusSeconds(i / 2)); // ties on time
        }
        blocks.create(new MacroIdentity("other", 99, "ENG"), "bruno", BlockStatus.DONE, T0.plusSeconds(60));
        thoughts.create(new MacroIdentity("t1", 10, "TEAM"), "eva", ThoughtStage.GROWING, "Why?", T0);
        AoSpaceContent content = new AoSpaceContent(ao);

        List<SpaceItem> first = content.blocks("TEAM", null, 3);
        List<SpaceItem> second = content.blocks("TEAM", Keyset.of(first.get(2).createdAt(), first.get(2).id()), 3);

        assertEquals(List.of("b4", "b3", "b2"), first.stream().map(SpaceItem::macroId).toList());
        assertEquals(List.of("b1", "b0"), second.stream().map(SpaceItem::macroId).toList());
        assertEquals("STUCK", first.get(0).state());
        assertEquals(List.of("GROWING"), content.thoughts("TEAM", null, 10).stream().map(SpaceItem::state).toList());
        assertEquals("ENG", content.block(99, "other").orElseThrow().spaceKey());
        assertTrue(content.thought(10, "nope").isEmpty());
    }

    @EachDatabase
    void theModerationRecord_isPerSpace_newestFirst(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoModeration.class);
        AoModerationLog log = new AoModerationLog(ao);
        ModerationRecord older = log.add(new ModerationRecord(0, "TEAM", "eva", ModerationRecord.Kind.REPLY, 7, 10, "b1", "bruno", T0));
        ModerationRecord newer = log.add(new ModerationRecord(0, "TEAM", "eva", ModerationRecord.Kind.FEEDBACK, 8, 10, "t1", "", T0.plusSeconds(5)));
        log.add(new ModerationRecord(0, "ENG", "alice", ModerationRecord.Kind.REPLY, 9, 99, "x", "farid", T0));

        List<ModerationRecord> team = log.forSpace("TEAM", null, 10);

        assertEquals(List.of(newer, older), team);
        assertEquals(List.of(older), log.forSpace("TEAM", Keyset.of(newer.at(), newer.id()), 10));
        assertEquals(ModerationRecord.Kind.FEEDBACK, team.get(0).kind());
        assertEquals("", team.get(0).authorKey(), "an unnamed giver stays unnamed in the record");
    }
}
