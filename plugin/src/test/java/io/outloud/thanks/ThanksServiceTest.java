package io.outloud.thanks;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.PageRequest;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.community.pairing.InMemoryPairingStore;
import io.outloud.community.pairing.PairingAnswer;
import io.outloud.community.pairing.PairingGroup;
import io.outloud.community.pairing.PairingMatch;
import io.outloud.community.pairing.PairingStore;
import io.outloud.content.MacroIdentity;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.notify.Notice;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;
import io.outloud.thought.Feedback;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.InMemoryFeedbackStore;
import io.outloud.thought.InMemoryThoughtStore;
import io.outloud.thought.ThoughtStage;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.HelpOffer;
import io.outloud.wol.InMemoryBlockStore;
import io.outloud.wol.InMemoryHelpStore;
import io.outloud.wol.InMemoryShareRequestStore;
import io.outloud.wol.ShareRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may thank for what, and once: each occasion through the real finders over in-memory stores (help accepted, feedback
 * taken in, named and unnamed and forgotten, a request answered, a pairing met), refusals, notices, showing and the quarter.
 */
class ThanksServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final long PAGE = 10L;
    private static final long HIDDEN_PAGE = 20L;

    private final FakeViewer viewer = FakeViewer.signedIn("key-bruno");
    private final FakePersonDirectory people = new FakePersonDirectory()
            .with("bruno", "Bruno", "Marketing").with("alice", "Alice", "Engineering").with("chloe", "Chlo\u00e9", "Sales")
            .with("farid", "Farid", "Engineering").with("dana", "Dana", "");
    private final MutableClock clock = new MutableClock(T0);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final InMemoryThanksStore store = new InMemoryThanksStore();
    private final PageAccess pages = pageId -> pageId == HIDDEN_PAGE ? Optional.empty() : Optional.of(new PageRef(pageId, "TEAM", "Page", ""));

    private final InMemoryBlockStore blocks = new InMemoryBlockStore();
    private final InMemoryHelpStore help = new InMemoryHelpStore(blocks);
    private final InMemoryThoughtStore thoughts = new InMemoryThoughtStore();
    private final InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
    private final InMemoryShareRequestStore requests = new InMemoryShareRequestStore();
    private final InMemoryPairingStore pairing = new InMemoryPairingStore();

    private final ThanksService service = new ThanksService(store, List.of(new HelpOccasions(help, blocks, pages),
            new FeedbackOccasions(feedback, thoughts, pages), new ShareOccasions(requests), new PairingOccasions(pairing, people, viewer)),
            viewer, people, notifier, clock);

    private static void refused(Failure failure, String key, Executable action) {
        OutloudException e = assertThrows(OutloudException.class, action);
        assertEquals(failure, e.failure());
        if (key != null) {
            assertEquals(key, e.messageKey());
        }
    }

    /** Bruno's stuck block on a page, with Alice's offer accepted. */
    private HelpOffer acceptedHelp(long pageId) {
        blocks.create(new MacroIdentity("block-" + pageId, pageId, "TEAM"), "key-bruno", BlockStatus.STUCK, T0);
        HelpOffer offer = help.offer(pageId, "block-" + pageId, "key-alice", "I did this last year", T0).orElseThrow();
        help.accept(offer.id());
        return offer;
    }

    @Test
    void thank_acceptedHelp_asTheBlocksAuthor_thanksTheHelperOnce_andTellsThem() {
        HelpOffer offer = acceptedHelp(PAGE);

        Thanks thanks = service.thank("help", offer.id(), null, "  Thank you,\r\nit worked! \u202E ");

        assertEquals("key-alice", thanks.receiverKey());
        assertEquals("Thank you,\nit worked!", thanks.note(), "the note went through the one normaliser");
        assertFalse(thanks.shown(), "private until Alice chooses");
        Notice notice = notifier.of(Notice.Kind.THANKED).get(0);
        assertEquals("key-alice", notice.recipientKey());
        assertEquals("key-bruno", notice.actorKey());
        assertEquals(ThanksLinks.PAGE_PATH, notice.macroId());
        assertEquals(Set.of(offer.id()), service.thankedAmong("help", List.of(offer.id(), 999L)));
        refused(Failure.CONFLICT, "outloud.thanks.error.already", () -> service.thank("help", offer.id(), null, "Again"));
        assertEquals(1, notifier.of(Notice.Kind.THANKED).size(), "the second try told nobody");
    }

    @Test
    void thank_help_byAnyoneButTheAuthor_orNotAccepted_orOnAPageOutOfSight_isRefused() {
        HelpOffer offer = acceptedHelp(PAGE);
        viewer.become("key-chloe");
        refused(Failure.NOT_PERMITTED, "outloud.thanks.error.not-helped", () -> service.thank("help", offer.id(), null, "Thanks"));
        viewer.become("key-alice");
        refused(Failure.NOT_PERMITTED, "outloud.thanks.error.not-helped", () -> service.thank("help", offer.id(), null, "Thanks me"));

        viewer.become("key-bruno");
        blocks.create(new MacroIdentity("open", PAGE, "TEAM"), "key-bruno", BlockStatus.STUCK, T0);
        HelpOffer open = help.offer(PAGE, "open", "key-alice", "Shall I?", T0).orElseThrow();
        refused(Failure.NOT_FOUND, null, () -> service.thank("help", open.id(), null, "Thanks"));
        HelpOffer hidden = acceptedHelp(HIDDEN_PAGE);
        refused(Failure.NOT_FOUND, null, () -> service.thank("help", hidden.id(), null, "Thanks"));
        refused(Failure.NOT_FOUND, null, () -> service.thank("help", 12345L, null, "Thanks"));
        assertTrue(notifier.of(Notice.Kind.THANKED).isEmpty());
    }

    @Test
    void thank_refusesAMissingOrLongNote_andAnUnknownOccasion_andAnonymousPeople() {
        HelpOffer offer = acceptedHelp(PAGE);
        refused(Failure.INVALID_INPUT, "outloud.thanks.error.note-missing", () -> service.thank("help", offer.id(), null, " \u200B "));
        refused(Failure.INVALID_INPUT, "outloud.thanks.error.note-too-long", () -> service.thank("help", offer.id(), null, "x".repeat(501)));
        service.thank("help", offer.id(), null, "\uD83C\uDF89".repeat(500)); // 500 code points: an emoji counts once
        refused(Failure.INVALID_INPUT, "outloud.thanks.error.occasion", () -> service.thank("reaction", 1L, null, "Thanks"));
        viewer.become(null);
        refused(Failure.NOT_AUTHENTICATED, null, () -> service.thank("help", offer.id(), null, "Thanks"));
    }

    @Test
    void thank_oneself_isRefused() {
        blocks.create(new MacroIdentity("mine", PAGE, "TEAM"), "key-bruno", BlockStatus.STUCK, T0);
        HelpOffer own = help.offer(PAGE, "mine", "key-bruno", "I will help myself", T0).orElseThrow();
        help.accept(own.id());
        refused(Failure.INVALID_INPUT, "outloud.thanks.error.self", () -> service.thank("help", own.id(), null, "Well done me"));
    }

    private Feedback takenIn(String giverKey, boolean unnamed) {
        thoughts.create(new MacroIdentity("thought-1", PAGE, "TEAM"), "key-bruno", ThoughtStage.SEED, "Why?", T0);
        Feedback piece = feedback.add(PAGE, "thought-1", giverKey, FeedbackKind.values()[0], "Try smaller steps", unnamed, T0);
        feedback.takeIn(piece.id(), T0.plusSeconds(60));
        return piece;
    }

    @Test
    void thank_unnamedFeedbackTakenIn_reachesTheGiver_withoutTellingTheThanker() {
        Feedback piece = takenIn("key-chloe", true);

        Thanks thanks = service.thank("feedback", piece.id(), null, "This changed my mind");

        assertTrue(thanks.hidden());
        assertEquals("key-chloe", notifier.of(Notice.Kind.THANKED).get(0).recipientKey());
        viewer.become("key-chloe");
        assertEquals(List.of(thanks.id()), service.received(PageRequest.first(20)).items().stream().map(Thanks::id).toList());
    }

    @Test
    void thank_feedbackNotTakenIn_orWhoseGiverWasForgotten_isRefused() {
        thoughts.create(new MacroIdentity("thought-1", PAGE, "TEAM"), "key-bruno", ThoughtStage.SEED, "Why?", T0);
        Feedback waiting = feedback.add(PAGE, "thought-1", "key-chloe", FeedbackKind.values()[0], "Hm", false, T0);
        refused(Failure.NOT_FOUND, null, () -> service.thank("feedback", waiting.id(), null, "Thanks"));

        Feedback forgotten = feedback.add(PAGE, "thought-1", TextsOnErasure.ERASED, FeedbackKind.values()[0], "Old", true, T0);
        feedback.takeIn(forgotten.id(), T0);
        refused(Failure.CONFLICT, "outloud.thanks.error.forgotten", () -> service.thank("feedback", forgotten.id(), null, "Thanks"));

        viewer.become("key-farid");
        Feedback named = feedback.add(PAGE, "thought-1", "key-chloe", FeedbackKind.values()[0], "Named", false, T0);
        feedback.takeIn(named.id(), T0);
        refused(Failure.NOT_PERMITTED, "outloud.thanks.error.not-helped", () -> service.thank("feedback", named.id(), null, "Thanks"));
    }

    @Test
    void thank_answeredRequest_asTheAsker_only() {
        ShareRequest open = requests.create("key-bruno", "key-farid", "Pricing", PAGE, "block-1", T0).orElseThrow();
        refused(Failure.NOT_FOUND, null, () -> service.thank("share", open.id(), null, "Thanks"));
        requests.answer(open.id(), PAGE, "block-2", T0.plusSeconds(5));

        viewer.become("key-farid");
        refused(Failure.NOT_PERMITTED, "outloud.thanks.error.not-helped", () -> service.thank("share", open.id(), null, "Thanks"));
        viewer.become("key-bruno");
        assertEquals("key-farid", service.thank("share", open.id(), null, "Great write-up").receiverKey());
    }

    private PairingMatch match(String... userKeys) {
        pairing.startRound(new PairingStore.NewRound("data-curious", 1, "slot-1", T0, "", List.of(new PairingGroup(List.of(userKeys), 0)), 0,
                List.of(), null)).orElseThrow();
        return pairing.matchesOf("data-curious", userKeys[0], 1).get(0);
    }

    @Test
    void thank_pairing_onlyAfterSayingWeMet_eitherPartner_eachPartnerOnce() {
        PairingMatch match = match("key-bruno", "key-alice", "key-farid");
        refused(Failure.CONFLICT, "outloud.thanks.error.not-met", () -> service.thank("pairing", match.id(), "alice", "Nice coffee"));
        pairing.answer(match.id(), "key-bruno", PairingAnswer.MET, T0);

        refused(Failure.INVALID_INPUT, "outloud.thanks.error.partner", () -> service.thank("pairing", match.id(), null, "Which one?"));
        refused(Failure.INVALID_INPUT, "outloud.thanks.error.partner", () -> service.thank("pairing", match.id(), "chloe", "Not in it"));
        refused(Failure.INVALID_INPUT, "outloud.thanks.error.self", () -> service.thank("pairing", match.id(), "bruno", "Me"));
        assertEquals("key-alice", service.thank("pairing", match.id(), "alice", "Nice coffee").receiverKey());
        assertEquals("key-farid", service.thank("pairing", match.id(), "farid", "Nice walk").receiverKey());
        refused(Failure.CONFLICT, "outloud.thanks.error.already", () -> service.thank("pairing", match.id(), "alice", "Again"));

        viewer.become("key-chloe");
        refused(Failure.NOT_PERMITTED, "outloud.thanks.error.not-helped", () -> service.thank("pairing", match.id(), "alice", "Stranger"));
    }

    @Test
    void show_isTheReceiversChoice_andCardsShowOnlyWhatTheyChose() {
        HelpOffer offer = acceptedHelp(PAGE);
        Thanks thanks = service.thank("help", offer.id(), null, "Thank you");
        assertTrue(service.cards(List.of("key-alice")).get("key-alice").isEmpty(), "private by default");

        refused(Failure.NOT_FOUND, null, () -> service.show(thanks.id(), true));
        viewer.become("key-alice");
        service.show(thanks.id(), true);

        viewer.become("key-chloe");
        ThanksCard card = service.cards(List.of("key-alice", "key-farid")).get("key-alice");
        assertEquals(List.of("Thank you"), card.shown().stream().map(Thanks::note).toList());
        assertTrue(card.summary().isEmpty(), "the quarter stays private until Alice makes it public");
        assertTrue(service.cards(List.of("key-alice", "key-farid")).get("key-farid").isEmpty());
    }

    @Test
    void summary_countsDistinctPeopleAndKnownDepartmentsOfThisQuarter_andIsPublicOnlyByChoice() {
        // Last quarter's thanks does not count.
        clock.set(Instant.parse("2026-09-30T23:00:00Z"));
        ShareRequest old = requests.create("key-farid", "key-alice", "Old", PAGE, "b", clock.instant()).orElseThrow();
        requests.answer(old.id(), PAGE, "b2", clock.instant());
        viewer.become("key-farid");
        service.thank("share", old.id(), null, "Long ago");

        clock.set(T0);
        viewer.become("key-bruno");
        service.thank("help", acceptedHelp(PAGE).id(), null, "One");
        service.thank("help", acceptedHelp(PAGE + 1).id(), null, "Two, same person");
        for (String asker : List.of("key-chloe", "key-dana")) {
            ShareRequest request = requests.create(asker, "key-alice", "Topic", PAGE, "b", T0).orElseThrow();
            requests.answer(request.id(), PAGE, "b3", T0);
            viewer.become(asker);
            service.thank("share", request.id(), null, "Thanks");
        }

        viewer.become("key-alice");
        assertEquals(new ThanksSummary(3, 2, false), service.mySummary(), "Bruno, Chlo\u00e9 and Dana; Marketing and Sales (Dana has none)");
        service.setSummaryPublic(true);
        viewer.become("key-bruno");
        assertEquals(Optional.of(new ThanksSummary(3, 2, true)), service.cards(List.of("key-alice")).get("key-alice").summary());

        clock.advance(Duration.ofDays(45)); // 2027-01-04: a new quarter
        viewer.become("key-alice");
        assertEquals(new ThanksSummary(0, 0, true), service.mySummary());
    }

    @Test
    void quarter_startsOnTheFirstDayOfJanuaryAprilJulyOrOctober() {
        assertEquals(Instant.parse("2026-10-01T00:00:00Z"), Quarter.startOf(Instant.parse("2026-12-31T23:59:59Z")));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), Quarter.startOf(Instant.parse("2026-03-31T10:00:00Z")));
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), Quarter.startOf(Instant.parse("2026-04-01T00:00:00Z")));
    }

    @Test
    void checking_andCards_areBounded() {
        List<Long> many = java.util.stream.LongStream.rangeClosed(1, 51).boxed().toList();
        refused(Failure.INVALID_INPUT, "outloud.thanks.error.too-many-checked", () -> service.thankedAmong("help", many));
        refused(Failure.INVALID_INPUT, "outloud.thanks.error.too-many-checked",
                () -> service.cards(many.stream().map(id -> "key-" + id).toList()));
        assertEquals(Set.of(), service.thankedAmong("help", List.of()));
    }
}
