package io.outloud.wol;

import io.outloud.testing.RecordingNotifier;
import io.outloud.testing.FakeViewer;
import io.outloud.content.MacroIdentity;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.content.PageRef;
import io.outloud.notify.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelpServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String STUCK = "b-stuck";
    private static final String WANTED = "b-wanted";
    private static final String CALM = "b-calm";
    private static final String FARID = "key-farid";
    private static final String ALICE = "key-alice";
    private static final String BOB = "key-bob";

    private static final String CHLOE = "key-chloe";

    private final InMemoryBlockStore blocks = new InMemoryBlockStore();
    private final InMemoryHelpStore store = new InMemoryHelpStore(blocks);
    private final FakePageAccess pages = new FakePageAccess().withPage(new PageRef(PAGE, "DEV", "Survey", macro(STUCK, "stuck", "")
            + macro(WANTED, "in-progress", "Someone who knows R") + macro(CALM, "done", "")));
    private final FakeViewer viewer = FakeViewer.signedIn(ALICE);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final HelpService service = new HelpService(store, blocks, pages, viewer, notifier, Clock.fixed(NOW, ZoneOffset.UTC));

    HelpServiceTest() {
        for (String macroId : List.of(STUCK, WANTED, CALM)) {
            blocks.create(new MacroIdentity(macroId, PAGE, "DEV"), FARID, macroId.equals(STUCK) ? BlockStatus.STUCK : BlockStatus.IN_PROGRESS, NOW);
        }
    }

    private static String macro(String macroId, String status, String helpWanted) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + macroId + "\">"
                + "<ac:parameter ac:name=\"status\">" + status + "</ac:parameter>"
                + (helpWanted.isEmpty() ? "" : "<ac:parameter ac:name=\"help-wanted\">" + helpWanted + "</ac:parameter>")
                + "<ac:rich-text-body><p>Notes</p></ac:rich-text-body></ac:structured-macro>";
    }

    @Test
    void aReaderOffersHelp_onAStuckBlockOrOneWithAHelpWantedLine_andTheAuthorIsNotified() {
        HelpOffer offer = service.offer(PAGE, STUCK, "  I exported this survey last year.  ");
        service.offer(PAGE, WANTED, "R is my thing");

        assertEquals("I exported this survey last year.", offer.message());
        assertEquals(ALICE, offer.helperKey());
        assertEquals(List.of(new Notice(FARID, Notice.Kind.HELP_OFFER, ALICE, PAGE, STUCK, "I exported this survey last year."),
                new Notice(FARID, Notice.Kind.HELP_OFFER, ALICE, PAGE, WANTED, "R is my thing")), notifier.sent);
    }

    @Test
    void theAuthorCannotOfferHelpOnTheirOwnBlock() {
        viewer.become(FARID);
        assertFailure(Failure.NOT_PERMITTED, () -> service.offer(PAGE, STUCK, "me"));
        assertTrue(store.forPage(PAGE).isEmpty());
        assertTrue(notifier.sent.isEmpty(), "nobody is notified of their own doing");
    }

    @Test
    void badInput_andBlocksThatDoNotAskForHelp_areRefused() {
        assertFailure(Failure.INVALID_INPUT, () -> service.offer(PAGE, STUCK, "   "));
        assertFailure(Failure.INVALID_INPUT, () -> service.offer(PAGE, STUCK, null));
        assertFailure(Failure.INVALID_INPUT, () -> service.offer(PAGE, STUCK, "x".repeat(501)));
        service.offer(PAGE, STUCK, "\uD83D\uDE00".repeat(500)); // 500 code points, 1000 chars: allowed
        assertFailure(Failure.INVALID_INPUT, () -> service.offer(PAGE, CALM, "help"));
        assertFailure(Failure.NOT_FOUND, () -> service.offer(PAGE + 1, STUCK, "help"));
        assertFailure(Failure.NOT_FOUND, () -> service.offer(PAGE, "nope", "help"));
        viewer.become(null);
        assertFailure(Failure.NOT_AUTHENTICATED, () -> service.offer(PAGE, STUCK, "help"));
    }

    @Test
    void oneOpenOfferPerPersonPerBlock_withdrawable() {
        service.offer(PAGE, STUCK, "first");
        assertFailure(Failure.CONFLICT, () -> service.offer(PAGE, STUCK, "second"));

        service.withdraw(PAGE, STUCK);
        assertFailure(Failure.NOT_FOUND, () -> service.withdraw(PAGE, STUCK));
        service.offer(PAGE, STUCK, "again");
        assertEquals(List.of("again"), store.page(PAGE, STUCK, null, 100).stream().map(HelpOffer::message).toList());
    }

    @Test
    void onlyTheAuthorAccepts_andTheHelperIsNotified() {
        HelpOffer offer = service.offer(PAGE, STUCK, "I can");
        viewer.become(BOB);
        assertFailure(Failure.NOT_PERMITTED, () -> service.accept(PAGE, STUCK, offer.id()));
        viewer.become(ALICE);
        assertFailure(Failure.NOT_PERMITTED, () -> service.accept(PAGE, STUCK, offer.id()));
        notifier.sent.clear();

        viewer.become(FARID);
        assertFailure(Failure.NOT_FOUND, () -> service.accept(PAGE, WANTED, offer.id()));
        assertTrue(service.accept(PAGE, STUCK, offer.id()).accepted());

        assertEquals(List.of(new Notice(ALICE, Notice.Kind.HELP_ACCEPTED, FARID, PAGE, STUCK, "I can")), notifier.sent);
        service.accept(PAGE, STUCK, offer.id());
        assertEquals(1, notifier.sent.size(), "accepting again tells nobody again");
    }

    @Test
    void onlyTheAuthorSeesOtherPeoplesMessages_othersSeeACountTheirOwnAndWhoIsHelping() {
        HelpOffer alice = service.offer(PAGE, STUCK, "alice's secret");
        viewer.become(BOB);
        service.offer(PAGE, STUCK, "bob's secret");

        HelpService.Board bob = service.board(PAGE, STUCK);
        assertFalse(bob.author());
        assertTrue(bob.helpWanted());
        assertEquals(2, bob.openOffers());
        assertEquals(List.of("bob's secret"), bob.offers().stream().map(HelpOffer::message).toList());

        viewer.become(FARID);
        HelpService.Board author = service.board(PAGE, STUCK);
        assertEquals(List.of("alice's secret", "bob's secret"), author.offers().stream().map(HelpOffer::message).toList());
        service.accept(PAGE, STUCK, alice.id());

        viewer.become(BOB);
        HelpService.Board after = service.board(PAGE, STUCK);
        assertEquals(ALICE, after.helper().orElseThrow().helperKey());
        assertEquals("", after.helper().orElseThrow().message(), "the helper's message stays the author's");
        assertEquals(1, after.openOffers());
        viewer.become(null);
        HelpService.Board anonymous = service.board(PAGE, STUCK);
        assertTrue(anonymous.offers().isEmpty());
        assertTrue(anonymous.mine().isEmpty());
        assertEquals("", anonymous.helper().orElseThrow().message());
        viewer.become(ALICE);
        assertEquals("alice's secret", service.board(PAGE, STUCK).helper().orElseThrow().message());
        assertFalse(service.board(PAGE, CALM).helpWanted());
    }

    @Test
    void accepting_putsTheBlockInGettingHelp_andTheHelpLineReadsAsSentencesForEachReader() {
        HelpOffer alice = service.offer(PAGE, STUCK, "I can");
        viewer.become(BOB);
        service.offer(PAGE, STUCK, "me too");
        viewer.become(FARID);
        assertEquals(java.util.Optional.of("outloud.wol.help.count.many"), service.board(PAGE, STUCK).countKey());
        service.accept(PAGE, STUCK, alice.id());

        assertTrue(blocks.find(PAGE, STUCK).orElseThrow().gettingHelp(), "the stream leaves it out of who needs help");
        assertEquals("getting-help", blocks.find(PAGE, STUCK).orElseThrow().shownStatusCode());
        HelpService.Board author = service.board(PAGE, STUCK);
        assertTrue(author.gettingHelp());
        assertEquals(java.util.Optional.of("outloud.wol.help.helping"), author.helperKey());
        assertEquals(java.util.Optional.of("outloud.wol.help.others.one"), author.countKey(), "Alice is helping. 1 other offer.");

        viewer.become(ALICE);
        HelpService.Board helper = service.board(PAGE, STUCK);
        assertTrue(helper.readerHelps());
        assertEquals(java.util.Optional.of("outloud.wol.help.helping-you"), helper.helperKey());
        viewer.become(BOB);
        assertFalse(service.board(PAGE, STUCK).readerHelps());
        viewer.become(CHLOE);
        assertFalse(service.board(PAGE, STUCK).mayOffer(true), "nobody is asked to offer while someone helps");
    }

    @Test
    void theAuthorReopens_andTheBlockNeedsHelpAgainWithEveryOfferOpen() {
        HelpOffer alice = service.offer(PAGE, STUCK, "I can");
        viewer.become(FARID);
        service.accept(PAGE, STUCK, alice.id());

        service.reopen(PAGE, STUCK);

        assertFalse(blocks.find(PAGE, STUCK).orElseThrow().gettingHelp());
        assertEquals("stuck", blocks.find(PAGE, STUCK).orElseThrow().shownStatusCode());
        HelpService.Board board = service.board(PAGE, STUCK);
        assertFalse(board.gettingHelp());
        assertEquals(1, board.openOffers());
        assertEquals(java.util.Optional.of("outloud.wol.help.count.one"), board.countKey());
        assertTrue(board.helperKey().isEmpty());
        viewer.become(CHLOE);
        assertTrue(service.board(PAGE, STUCK).mayOffer(true));
    }

    @Test
    void onlyTheAuthorReopens_andOnlyABlockSomeoneIsHelpingWith() {
        HelpOffer alice = service.offer(PAGE, STUCK, "I can");
        viewer.become(FARID);
        assertFailure(Failure.CONFLICT, () -> service.reopen(PAGE, STUCK));
        service.accept(PAGE, STUCK, alice.id());
        viewer.become(ALICE);
        assertFailure(Failure.NOT_PERMITTED, () -> service.reopen(PAGE, STUCK));
        viewer.become(null);
        assertFailure(Failure.NOT_AUTHENTICATED, () -> service.reopen(PAGE, STUCK));
        viewer.become(FARID);
        assertFailure(Failure.NOT_FOUND, () -> service.reopen(PAGE, "nope"));
        assertTrue(blocks.find(PAGE, STUCK).orElseThrow().gettingHelp(), "refusals change nothing");
    }

    @Test
    void theAcceptedHelperCannotWithdraw_untilTheAuthorReopens() {
        HelpOffer alice = service.offer(PAGE, STUCK, "I can");
        viewer.become(FARID);
        service.accept(PAGE, STUCK, alice.id());
        viewer.become(ALICE);

        assertFailure(Failure.CONFLICT, () -> service.withdraw(PAGE, STUCK));
        assertTrue(store.accepted(PAGE, STUCK).isPresent());

        viewer.become(FARID);
        service.reopen(PAGE, STUCK);
        viewer.become(ALICE);
        service.withdraw(PAGE, STUCK);
        assertTrue(store.forPage(PAGE).isEmpty());
    }

    private static void assertFailure(Failure failure, Executable executable) {
        assertEquals(failure, assertThrows(OutloudException.class, executable).failure());
    }
}
