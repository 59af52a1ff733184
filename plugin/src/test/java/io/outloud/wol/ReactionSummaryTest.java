package io.outloud.wol;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReactionSummaryTest {

    @Test
    void of_noReactions_countsZeroForEveryKind() {
        ReactionSummary summary = ReactionSummary.of("m-1", List.of(), "alice");

        for (ReactionKind kind : ReactionKind.values()) {
            assertEquals(0, summary.count(kind), kind.name());
            assertFalse(summary.isMine(kind));
        }
        assertEquals(ReactionKind.values().length, summary.counts().size());
        assertTrue(summary.mine().isEmpty());
    }

    @Test
    void of_countsPerKind_andMarksTheViewersOwn() {
        List<Reaction> reactions = List.of(
                new Reaction("m-1", "alice", ReactionKind.THANKS),
                new Reaction("m-1", "bob", ReactionKind.THANKS),
                new Reaction("m-1", "bob", ReactionKind.CAN_HELP),
                new Reaction("m-1", "carol", ReactionKind.LEARNED));

        ReactionSummary summary = ReactionSummary.of("m-1", reactions, "bob");

        assertEquals(2, summary.count(ReactionKind.THANKS));
        assertEquals(1, summary.count(ReactionKind.CAN_HELP));
        assertEquals(1, summary.count(ReactionKind.LEARNED));
        assertEquals(0, summary.count(ReactionKind.USEFUL));
        assertEquals(Set.of(ReactionKind.THANKS, ReactionKind.CAN_HELP), summary.mine());
        assertTrue(summary.isMine(ReactionKind.THANKS));
        assertFalse(summary.isMine(ReactionKind.LEARNED));
    }

    @Test
    void of_ignoresOtherBlocksReactions() {
        List<Reaction> pageReactions = List.of(
                new Reaction("m-1", "alice", ReactionKind.USEFUL),
                new Reaction("m-2", "alice", ReactionKind.USEFUL),
                new Reaction("m-2", "bob", ReactionKind.THANKS));

        ReactionSummary summary = ReactionSummary.of("m-1", pageReactions, "alice");

        assertEquals(1, summary.count(ReactionKind.USEFUL));
        assertEquals(0, summary.count(ReactionKind.THANKS));
        assertEquals(Set.of(ReactionKind.USEFUL), summary.mine());
    }

    @Test
    void of_anonymousViewer_ownsNothing() {
        ReactionSummary summary = ReactionSummary.of("m-1", List.of(new Reaction("m-1", "alice", ReactionKind.THANKS)), "");

        assertEquals(1, summary.count(ReactionKind.THANKS));
        assertTrue(summary.mine().isEmpty());
    }

    @Test
    void summary_isImmutable_andDoesNotFollowTheCallersCollections() {
        Map<ReactionKind, Integer> counts = new EnumMap<>(ReactionKind.class);
        counts.put(ReactionKind.THANKS, 3);
        Set<ReactionKind> mine = new HashSet<>(EnumSet.of(ReactionKind.THANKS));
        ReactionSummary summary = new ReactionSummary("m-1", counts, mine);

        counts.put(ReactionKind.THANKS, 99);
        mine.add(ReactionKind.USEFUL);

        assertEquals(3, summary.count(ReactionKind.THANKS));
        assertEquals(0, summary.count(ReactionKind.USEFUL), "a kind missing from the counts counts zero");
        assertEquals(Set.of(ReactionKind.THANKS), summary.mine());
        assertThrows(UnsupportedOperationException.class, () -> summary.counts().put(ReactionKind.USEFUL, 1));
        assertThrows(UnsupportedOperationException.class, () -> summary.mine().add(ReactionKind.USEFUL));
    }
}
