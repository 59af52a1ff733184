package io.outloud.wol;

import io.outloud.testing.FakeViewer;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.content.PageRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReactionServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String BLOCK = "5f1c3e2a-8d4b-4c7e-9a61-0b2d3c4e5f60";

    private final InMemoryReactionStore store = new InMemoryReactionStore();
    private final FakePageAccess pages = new FakePageAccess().withPage(PAGE, BLOCK, "other-block");
    private final FakeViewer viewer = FakeViewer.signedIn("alice");
    private final ReactionService service = new ReactionService(store, pages, viewer, Clock.fixed(NOW, ZoneOffset.UTC));

    private static OutloudException refused(Failure failure, Executable call) {
        OutloudException e = assertThrows(OutloudException.class, call);
        assertEquals(failure, e.failure());
        return e;
    }

    @Test
    void canHelp_onABlockThatAsksForHelp_isRefused_theOfferOfHelpIsTheOneIcanHelp() {
        String stuck = "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"stuck-one\"><ac:parameter ac:name=\"status\">stuck"
                + "</ac:parameter></ac:structured-macro>";
        pages.withPage(new PageRef(PAGE + 1, "DEV", "Stuck", stuck));

        refused(Failure.CONFLICT, () -> service.toggle(PAGE + 1, "stuck-one", "can-help"));
        assertEquals(0, store.size());
        assertEquals(1, service.toggle(PAGE + 1, "stuck-one", "thanks").count(ReactionKind.THANKS), "other reactions stay");
        assertEquals(1, service.toggle(PAGE, BLOCK, "can-help").count(ReactionKind.CAN_HELP), "a block that asks nothing keeps it");
    }

    @Test
    void canHelp_givenBeforeTheBlockAskedForHelp_canStillBeTakenBack() {
        service.toggle(PAGE, BLOCK, "can-help");
        String stuck = "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + BLOCK + "\"><ac:parameter ac:name=\"status\">stuck"
                + "</ac:parameter></ac:structured-macro>";
        pages.withPage(new PageRef(PAGE, "DEV", "Now stuck", stuck));

        assertEquals(0, service.toggle(PAGE, BLOCK, "can-help").count(ReactionKind.CAN_HELP));
    }

    @Test
    void toggle_once_addsTheViewersReaction() {
        ReactionSummary summary = service.toggle(PAGE, BLOCK, "thanks");

        assertEquals(BLOCK, summary.macroId());
        assertEquals(1, summary.count(ReactionKind.THANKS));
        assertEquals(Set.of(ReactionKind.THANKS), summary.mine());
        assertEquals(List.of(NOW), store.times(), "stamped with the clock's time");
        assertEquals(List.of(PAGE), store.pageIds());
    }

    @Test
    void toggle_twiceWithSameKind_removesTheReaction() {
        service.toggle(PAGE, BLOCK, "useful");
        ReactionSummary summary = service.toggle(PAGE, BLOCK, "useful");

        assertEquals(0, summary.count(ReactionKind.USEFUL));
        assertTrue(summary.mine().isEmpty());
        assertEquals(0, store.size());
    }

    @Test
    void toggle_differentKinds_keepsOneOfEach() {
        service.toggle(PAGE, BLOCK, "useful");
        ReactionSummary summary = service.toggle(PAGE, BLOCK, "can-help");

        assertEquals(1, summary.count(ReactionKind.USEFUL));
        assertEquals(1, summary.count(ReactionKind.CAN_HELP));
        assertEquals(Set.of(ReactionKind.USEFUL, ReactionKind.CAN_HELP), summary.mine());
    }

    @Test
    void summary_countsEveryonesReactions_andMarksOnlyTheViewersAsMine() {
        service.toggle(PAGE, BLOCK, "thanks");
        viewer.become("bob");
        service.toggle(PAGE, BLOCK, "thanks");
        service.toggle(PAGE, BLOCK, "same-here");
        service.toggle(PAGE, "other-block", "learned");
        viewer.become("carol");

        ReactionSummary summary = service.summary(PAGE, BLOCK);

        assertEquals(2, summary.count(ReactionKind.THANKS));
        assertEquals(1, summary.count(ReactionKind.SAME_HERE));
        assertEquals(0, summary.count(ReactionKind.LEARNED), "another block's reactions are not counted");
        assertTrue(summary.mine().isEmpty());
        viewer.become("bob");
        assertEquals(Set.of(ReactionKind.THANKS, ReactionKind.SAME_HERE), service.summary(PAGE, BLOCK).mine());
    }

    @Test
    void summary_forAnonymousViewer_showsCountsWithNothingMine() {
        service.toggle(PAGE, BLOCK, "thanks");
        viewer.become(null);

        ReactionSummary summary = service.summary(PAGE, BLOCK);

        assertEquals(1, summary.count(ReactionKind.THANKS));
        assertTrue(summary.mine().isEmpty());
        assertEquals("", service.viewerKey());
    }

    @Test
    void toggle_byAnonymousViewer_isRefusedAsNotAuthenticated() {
        viewer.become(null);

        OutloudException e = refused(Failure.NOT_AUTHENTICATED, () -> service.toggle(PAGE, BLOCK, "thanks"));

        assertEquals("outloud.common.error.not-authenticated", e.messageKey());
        assertEquals(0, store.calls());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"like", "THANKS", "can_help", " thanks", "thanks ", "<script>"})
    void toggle_unknownKind_isRefusedAsInvalidInput(String kind) {
        OutloudException e = refused(Failure.INVALID_INPUT, () -> service.toggle(PAGE, BLOCK, kind));

        assertEquals("outloud.wol.reaction.error.unknown-kind", e.messageKey());
        assertArrayEquals(new Serializable[] {kind == null ? "" : kind}, e.arguments());
        assertEquals(0, store.calls());
    }

    @Test
    void toggle_hugeUnknownKind_isAbbreviatedInTheMessageArgument() {
        String huge = "k".repeat(100_000);

        OutloudException e = refused(Failure.INVALID_INPUT, () -> service.toggle(PAGE, BLOCK, huge));

        assertEquals("k".repeat(40) + "…", e.arguments()[0]);
        assertTrue(e.getMessage().length() < 200, "the exception message does not carry the input either");
    }

    @Test
    void toggle_onAPageTheViewerMayNotView_isNotFound() {
        OutloudException e = refused(Failure.NOT_FOUND, () -> service.toggle(99L, BLOCK, "thanks"));

        assertEquals("outloud.common.error.not-found", e.messageKey());
        assertEquals(0, store.calls());
    }

    @Test
    void summary_onAPageTheViewerMayNotView_isNotFound() {
        refused(Failure.NOT_FOUND, () -> service.summary(99L, BLOCK));
        assertEquals(0, store.calls());
    }

    @Test
    void toggle_blockNotOnThePage_isNotFound() {
        pages.withPage(11L, "elsewhere");

        refused(Failure.NOT_FOUND, () -> service.toggle(PAGE, "elsewhere", "thanks"));
        refused(Failure.NOT_FOUND, () -> service.summary(11L, BLOCK));
        assertEquals(0, store.calls());
    }

    @Test
    void toggle_blockIdThatIsOnlyAPrefixOfOneOnThePage_isNotFound() {
        refused(Failure.NOT_FOUND, () -> service.toggle(PAGE, BLOCK.substring(0, 8), "thanks"));
        refused(Failure.NOT_FOUND, () -> service.toggle(PAGE, "other", "thanks"));
        assertEquals(0, store.calls());
    }

    @Test
    void toggle_blockIdMentionedInThePageTextButNotAsAMacro_isNotFound() {
        pages.withPage(new PageRef(12L, "DEV", "Notes", "<p>see macro-id m-42 and ac:macro-id=m-42</p>"));

        refused(Failure.NOT_FOUND, () -> service.toggle(12L, "m-42", "thanks"));
        assertEquals(0, store.calls());
    }

    @Test
    void toggle_onAPageWithoutBody_isNotFound() {
        pages.withPage(new PageRef(13L, "DEV", "Empty", null));

        refused(Failure.NOT_FOUND, () -> service.toggle(13L, BLOCK, "thanks"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../x", "..", "<script>", "<script>alert(1)</script>", "m-1\" onclick=\"x", "m-1\"", "m 1",
            "m/1", "m%2F1", "m_1", "m\n1", "\u00e9t\u00e9", "m-1\u0000"})
    void hostileMacroIds_areNotFound_withoutTouchingTheStoreOrThePages(String macroId) {
        refused(Failure.NOT_FOUND, () -> service.toggle(PAGE, macroId, "thanks"));
        refused(Failure.NOT_FOUND, () -> service.summary(PAGE, macroId));

        assertEquals(0, store.calls());
        assertEquals(0, pages.lookups());
    }

    @Test
    void hugeMacroId_isNotFound_withoutTouchingTheStore_evenIfThePageContainsIt() {
        String huge = "a".repeat(10_000);
        pages.withPage(14L, huge);

        refused(Failure.NOT_FOUND, () -> service.toggle(14L, huge, "thanks"));
        refused(Failure.NOT_FOUND, () -> service.summary(14L, huge));
        assertEquals(0, store.calls());
    }

    @Test
    void macroIdOfSixtyFourSafeCharacters_isAccepted() {
        String longest = "a-".repeat(32);
        pages.withPage(15L, longest);

        assertEquals(1, service.toggle(15L, longest, "learned").count(ReactionKind.LEARNED));
    }

    @Test
    void forRenderedPage_returnsThatPagesReactionsOnly() {
        pages.withPage(11L, "elsewhere");
        service.toggle(PAGE, BLOCK, "thanks");
        service.toggle(PAGE, "other-block", "useful");
        service.toggle(11L, "elsewhere", "learned");

        assertEquals(List.of(new Reaction(BLOCK, "alice", ReactionKind.THANKS), new Reaction("other-block", "alice", ReactionKind.USEFUL)),
                service.forRenderedPage(PAGE));
    }
}
