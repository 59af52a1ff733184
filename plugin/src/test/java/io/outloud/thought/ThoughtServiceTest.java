package io.outloud.thought;

import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.MutableClock;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.testing.RecordingNotifier;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.community.InMemoryCommunityMembers;
import io.outloud.content.MacroIdentity;
import io.outloud.content.PostText;
import io.outloud.notify.Notice;
import io.outloud.people.Person;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.outloud.thought.ThoughtMarkup.macro;
import static io.outloud.thought.ThoughtMarkup.thought;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThoughtServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final long HIDDEN_PAGE = 11L;
    private static final String OPEN = "t-open"; // everyone sees its feedback
    private static final String PRIVATE = "t-private"; // only the author sees all of it
    private static final String CIRCLE = "t-circle"; // the design community alone gives feedback
    private static final String UNNAMED = "t-unnamed"; // the author invites unnamed feedback
    private static final String RIPE = "t-ripe";
    private static final String UNREGISTERED = "t-unregistered"; // on the page, in no store
    private static final String BLOCK = "b-1"; // stored as a thought once, now another macro's id on the page
    private static final String HIDDEN = "t-hidden";
    private static final String FARID = "key-farid"; // the author of every thought here
    private static final String ALICE = "key-alice";
    private static final String BOB = "key-bob";
    private static final String CAROL = "key-carol";
    private static final String ADMIN = "key-admin";
    private static final List<String> GIVER_NAMES_AND_KEYS = List.of(ALICE, BOB, CAROL, "Alice", "Bob", "Carol");

    private final InMemoryThoughtStore thoughts = new InMemoryThoughtStore();
    private final InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
    private final InMemoryCommunityMembers members = new InMemoryCommunityMembers();
    private final MutableClock clock = new MutableClock(NOW);
    private final FakeViewer viewer = FakeViewer.signedIn(ALICE);
    private final FakePersonDirectory people = new FakePersonDirectory().with("farid", "Farid", "Finance").with("alice", "Alice", "Sales")
            .with("bob", "Bob", "IT").with("carol", "Carol", "IT").with("admin", "Admin", "IT");
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final MapSettingsStore settingsStore = new MapSettingsStore();
    private final SettingsService settings = new SettingsService(settingsStore, ADMIN::equals, viewer);
    private final FakePageAccess pages = new FakePageAccess().withPage(PAGE, "<p>Intro</p>"
            + thought(OPEN, "question", "Is the onboarding plan too long?", "ripen-by", "2026-12-31")
            + thought(PRIVATE, "question", "Private one", "feedback-visible-to", "author")
            + thought(CIRCLE, "feedback-from", "community", "community", "design")
            + thought(UNNAMED, "anonymous-feedback", "true")
            + thought(RIPE, "stage", "ripe")
            + thought(UNREGISTERED)
            + macro("working-out-loud", BLOCK));
    private final ThoughtService service = new ThoughtService(thoughts, feedback, pages, viewer, people, settings, members, notifier, clock);

    ThoughtServiceTest() {
        register(PAGE, OPEN, ThoughtStage.SEED, "Is the onboarding plan too long?", NOW.minus(Duration.ofDays(30)));
        register(PAGE, PRIVATE, ThoughtStage.SEED, "Private one", NOW.minus(Duration.ofDays(20)));
        register(PAGE, CIRCLE, ThoughtStage.SEED, "", NOW.minus(Duration.ofDays(10)));
        register(PAGE, UNNAMED, ThoughtStage.SEED, "", NOW.minus(Duration.ofDays(1)));
        register(PAGE, RIPE, ThoughtStage.RIPE, "", NOW.minus(Duration.ofDays(40)));
        register(PAGE, BLOCK, ThoughtStage.SEED, "", NOW.minus(Duration.ofDays(50)));
        register(HIDDEN_PAGE, HIDDEN, ThoughtStage.SEED, "", NOW.minus(Duration.ofDays(60)));
    }

    private void register(long pageId, String macroId, ThoughtStage stage, String question, Instant at) {
        thoughts.create(new MacroIdentity(macroId, pageId, "DEV"), FARID, stage, question, at);
    }

    private FeedbackBoard.Item give(String as, String macroId, String text) {
        viewer.become(as);
        return service.give(PAGE, macroId, "go-on", text, false);
    }

    private void allowUnnamedOnTheSite(boolean allowed) {
        settingsStore.putSiteSetting(SiteSettings.UNNAMED_FEEDBACK, String.valueOf(allowed));
    }

    // --- giving feedback ---

    @Test
    void give_whileThoughtsAreSwitchedOffInTheSpace_isRefused_andComesBackWhenSwitchedOn() {
        FeedbackBoard.Item before = give(BOB, OPEN, "Before");
        pages.withMacros((macro, space) -> !"half-finished-thought".equals(macro));

        OutloudException refused = assertThrows(OutloudException.class, () -> service.give(PAGE, OPEN, "go-on", "During", false));
        assertEquals(Failure.CONFLICT, refused.failure());
        assertEquals("outloud.space.error.macro-off", refused.messageKey());
        assertEquals(Failure.CONFLICT, assertThrows(OutloudException.class,
                () -> service.edit(PAGE, OPEN, before.feedback().id(), "go-on", "Changed")).failure());
        assertEquals(1, feedback.forThought(PAGE, OPEN).size(), "nothing was deleted");

        pages.withMacros(io.outloud.content.MacroSwitch.ALL_ON);
        give(BOB, OPEN, "After");
        assertEquals(2, feedback.forThought(PAGE, OPEN).size());
    }

    @Test
    void give_takesEveryKind_withWordsTrimmed_asTheGiversOwn() {
        for (FeedbackKind kind : FeedbackKind.values()) {
            FeedbackBoard.Item item = service.give(PAGE, OPEN, kind.code(), "  About " + kind.code() + " \n", false);

            Feedback piece = item.feedback();
            assertEquals(kind, piece.kind());
            assertEquals("About " + kind.code(), piece.text());
            assertEquals(ALICE, piece.giverKey());
            assertEquals(PAGE, piece.pageId());
            assertEquals(OPEN, piece.macroId());
            assertFalse(piece.unnamed());
            assertEquals(NOW, piece.createdAt());
            assertNull(piece.takenInAt());
            assertTrue(item.mine());
            assertFalse(item.canTakeIn(), "only the author takes feedback in");
            assertEquals("Alice", item.giver().displayName());
            assertEquals(piece, feedback.find(piece.id()).orElseThrow());
        }
        assertEquals(FeedbackKind.values().length, feedback.forThought(PAGE, OPEN).size());
    }

    @Test
    void give_withAKindAlone_needsNoWords() {
        assertEquals("", service.give(PAGE, OPEN, "go-on", "", false).feedback().text());
        assertEquals("", service.give(PAGE, OPEN, " helps-me ", null, false).feedback().text());
        assertEquals("", service.give(PAGE, OPEN, "see-differently", " \n\t ", false).feedback().text());
        assertEquals(3, feedback.size());
    }

    @Test
    void give_withoutAKnownKind_isInvalid_andStoresNothing() {
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.kind-missing", () -> service.give(PAGE, OPEN, null, "text", false));
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.kind-missing", () -> service.give(PAGE, OPEN, "", "text", false));
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.kind-missing", () -> service.give(PAGE, OPEN, "  ", "text", false));
        OutloudException unknown = assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.kind",
                () -> service.give(PAGE, OPEN, "praise", "text", false));
        assertEquals(List.of("praise"), Arrays.asList(unknown.arguments()));
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.kind", () -> service.give(PAGE, OPEN, "GO_ON", "", false));
        OutloudException huge = assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.kind",
                () -> service.give(PAGE, OPEN, "<script>".repeat(1000), "", false));
        assertEquals("<script>".repeat(5) + "\u2026", huge.arguments()[0], "a hostile kind is cut short in the message");
        assertEquals(0, feedback.size());
        assertTrue(notifier.sent.isEmpty());
    }

    @Test
    void give_ofTwoThousandCharacters_isFine_oneMoreIsRefused() {
        String longest = "\uD83D\uDE00".repeat(PostText.MAX_LENGTH); // code points, not UTF-16 units
        assertEquals(longest, service.give(PAGE, OPEN, "go-on", longest, false).feedback().text());
        assertEquals("x".repeat(PostText.MAX_LENGTH), service.give(PAGE, OPEN, "go-on", " " + "x".repeat(PostText.MAX_LENGTH) + " ", false)
                .feedback().text());

        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.too-long",
                () -> service.give(PAGE, OPEN, "go-on", "x".repeat(PostText.MAX_LENGTH + 1), false));
        assertEquals(2, feedback.size());
    }

    @Test
    void give_whenSignedOut_isNotAuthenticated() {
        viewer.become(null);

        assertFailure(Failure.NOT_AUTHENTICATED, "outloud.common.error.not-authenticated", () -> service.give(PAGE, OPEN, "go-on", "", false));
        assertEquals(0, feedback.size());
    }

    @Test
    void give_whereThereIsNoThoughtTheCallerMayView_isNotFound() {
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.give(HIDDEN_PAGE, HIDDEN, "go-on", "", false));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.give(99L, OPEN, "go-on", "", false));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.give(PAGE, "t-elsewhere", "go-on", "", false));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.give(PAGE, UNREGISTERED, "go-on", "", false));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.give(PAGE, BLOCK, "go-on", "", false));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.give(PAGE, "<script>", "go-on", "", false));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.give(PAGE, null, "go-on", "", false));
        assertEquals(0, feedback.size());
        assertTrue(notifier.sent.isEmpty());
    }

    @Test
    void give_onYourOwnThought_isNotPermitted() {
        viewer.become(FARID);

        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.own", () -> service.give(PAGE, OPEN, "go-on", "", false));
        assertEquals(0, feedback.size());
    }

    @Test
    void give_onARipeThought_isAConflict_alsoOnceMovedThere() {
        assertFailure(Failure.CONFLICT, "outloud.thought.feedback.error.ripe", () -> service.give(PAGE, RIPE, "go-on", "", false));

        thoughts.moveStage(PAGE, OPEN, ThoughtStage.RIPE, NOW);
        assertFailure(Failure.CONFLICT, "outloud.thought.feedback.error.ripe", () -> service.give(PAGE, OPEN, "go-on", "", false));
        assertEquals(0, feedback.size());
    }

    @Test
    void give_onACommunityThought_isForItsMembersOnly() {
        OutloudException refused = assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.community",
                () -> service.give(PAGE, CIRCLE, "go-on", "", false));
        assertEquals(List.of("design"), Arrays.asList(refused.arguments()));
        members.join("other", ALICE, NOW);
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.community", () -> service.give(PAGE, CIRCLE, "go-on", "", false));
        members.join("design", BOB, NOW);
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.community", () -> service.give(PAGE, CIRCLE, "go-on", "", false));
        assertEquals(0, feedback.size());

        members.join("design", ALICE, NOW);
        assertEquals(ALICE, service.give(PAGE, CIRCLE, "go-on", "Welcome", false).feedback().giverKey());

        members.leave("design", ALICE);
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.community", () -> service.give(PAGE, CIRCLE, "go-on", "", false));
        assertEquals(1, feedback.size());
    }

    @Test
    void give_onAnOpenThought_needsNoCommunity() {
        service.give(PAGE, OPEN, "go-on", "", false);

        assertEquals(1, feedback.size());
    }

    @Test
    void unnamedFeedback_needsBothTheSiteAndTheThoughtToAllowIt() {
        // the site does not allow it (the default)
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.unnamed", () -> service.give(PAGE, UNNAMED, "go-on", "", true));
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.unnamed", () -> service.give(PAGE, OPEN, "go-on", "", true));
        allowUnnamedOnTheSite(false);
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.unnamed", () -> service.give(PAGE, UNNAMED, "go-on", "", true));
        // the site allows it, but this thought does not invite it
        allowUnnamedOnTheSite(true);
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.unnamed", () -> service.give(PAGE, OPEN, "go-on", "", true));
        assertEquals(0, feedback.size());

        FeedbackBoard.Item item = service.give(PAGE, UNNAMED, "have-you-considered", "A shorter week?", true);

        assertTrue(item.feedback().unnamed());
        assertEquals(ALICE, item.feedback().giverKey(), "the giver is recorded, for site admins");
        assertTrue(item.mine());
        assertEquals("Alice", item.giver().displayName(), "the giver sees it as theirs");
        assertFalse(service.give(PAGE, UNNAMED, "go-on", "", false).feedback().unnamed(), "named feedback stays possible");
        assertFalse(service.give(PAGE, OPEN, "go-on", "", false).feedback().unnamed());
    }

    @Test
    void give_touchesTheThought() {
        clock.set(NOW.plusSeconds(90));

        service.give(PAGE, OPEN, "go-on", "", false);

        assertEquals(NOW.plusSeconds(90), thoughts.find(PAGE, OPEN).orElseThrow().touchedAt());
        assertEquals(NOW.minus(Duration.ofDays(20)), thoughts.find(PAGE, PRIVATE).orElseThrow().touchedAt(), "others untouched");
    }

    // --- editing and deleting one's own ---

    @Test
    void edit_changesYourOwnPiece_andMarksItEdited() {
        long id = give(ALICE, OPEN, "first").feedback().id();
        clock.set(NOW.plusSeconds(60));

        FeedbackBoard.Item edited = service.edit(PAGE, OPEN, id, "helps-me", "  second  ");

        assertEquals(FeedbackKind.HELPS, edited.feedback().kind());
        assertEquals("second", edited.feedback().text());
        assertEquals(NOW.plusSeconds(60), edited.feedback().editedAt());
        assertEquals(NOW, edited.feedback().createdAt());
        assertTrue(edited.mine());
        assertEquals("Alice", edited.giver().displayName());
        assertEquals(edited.feedback(), feedback.find(id).orElseThrow());
        assertEquals("", service.edit(PAGE, OPEN, id, "go-on", null).feedback().text(), "words may go again");
    }

    @Test
    void edit_checksTheKindAndTheText() {
        long id = give(ALICE, OPEN, "first").feedback().id();

        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.kind-missing", () -> service.edit(PAGE, OPEN, id, null, "x"));
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.kind", () -> service.edit(PAGE, OPEN, id, "praise", "x"));
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.feedback.error.too-long",
                () -> service.edit(PAGE, OPEN, id, "go-on", "x".repeat(PostText.MAX_LENGTH + 1)));
        assertEquals("first", feedback.find(id).orElseThrow().text());
    }

    @Test
    void editAndDelete_ofSomeoneElsesPiece_areNotPermitted_evenForTheAuthor() {
        long id = give(ALICE, OPEN, "mine").feedback().id();

        for (String other : List.of(BOB, FARID, ADMIN)) {
            viewer.become(other);
            assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.not-yours", () -> service.edit(PAGE, OPEN, id, "go-on", "x"));
            assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.not-yours", () -> service.delete(PAGE, OPEN, id));
        }
        viewer.become(null);
        assertFailure(Failure.NOT_AUTHENTICATED, "outloud.common.error.not-authenticated", () -> service.edit(PAGE, OPEN, id, "go-on", "x"));
        assertFailure(Failure.NOT_AUTHENTICATED, "outloud.common.error.not-authenticated", () -> service.delete(PAGE, OPEN, id));

        Feedback kept = feedback.find(id).orElseThrow();
        assertEquals("mine", kept.text());
        assertNull(kept.editedAt());
    }

    @Test
    void editAndDelete_reachOnlyAPieceOfThatThought_onAPageTheCallerMayView() {
        long onOpen = give(ALICE, OPEN, "on open").feedback().id();
        long onHidden = feedback.add(HIDDEN_PAGE, HIDDEN, ALICE, FeedbackKind.GO_ON, "hidden", false, NOW).id();

        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.edit(PAGE, PRIVATE, onOpen, "go-on", "moved?"));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.delete(PAGE, PRIVATE, onOpen));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.edit(HIDDEN_PAGE, HIDDEN, onHidden, "go-on", "x"));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.delete(HIDDEN_PAGE, HIDDEN, onHidden));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.edit(PAGE, OPEN, 9_999, "go-on", "x"));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.delete(PAGE, OPEN, 9_999));

        assertEquals("on open", feedback.find(onOpen).orElseThrow().text());
        assertEquals(2, feedback.size());
    }

    @Test
    void delete_removesYourOwnPiece_only() {
        long gone = give(ALICE, OPEN, "gone").feedback().id();
        long kept = give(BOB, OPEN, "kept").feedback().id();

        viewer.become(ALICE);
        service.delete(PAGE, OPEN, gone);

        assertTrue(feedback.find(gone).isEmpty());
        assertTrue(feedback.find(kept).isPresent());
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.delete(PAGE, OPEN, gone));
    }

    @Test
    void anUnnamedGiver_canStillEditAndDeleteTheirPiece() {
        allowUnnamedOnTheSite(true);
        long id = service.give(PAGE, UNNAMED, "go-on", "unnamed", true).feedback().id();

        FeedbackBoard.Item edited = service.edit(PAGE, UNNAMED, id, "see-differently", "still unnamed");
        assertEquals("still unnamed", edited.feedback().text());
        assertTrue(edited.feedback().unnamed(), "editing keeps it unnamed");
        assertTrue(edited.mine());

        viewer.become(BOB);
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.not-yours", () -> service.delete(PAGE, UNNAMED, id));
        viewer.become(ALICE);
        service.delete(PAGE, UNNAMED, id);
        assertTrue(feedback.find(id).isEmpty());
    }

    // --- taking feedback in ---

    @Test
    void takeIn_isTheAuthors_tellsTheGiverOnce_andTouchesTheThought() {
        long id = give(ALICE, OPEN, "Try a shorter week").feedback().id();
        notifier.sent.clear();
        viewer.become(FARID);
        clock.set(NOW.plus(Duration.ofDays(2)));

        FeedbackBoard.Item taken = service.takeIn(PAGE, OPEN, id);

        assertEquals(NOW.plus(Duration.ofDays(2)), taken.feedback().takenInAt());
        assertTrue(taken.feedback().takenIn());
        assertFalse(taken.canTakeIn());
        assertFalse(taken.mine());
        assertEquals("Alice", taken.giver().displayName());
        assertEquals(List.of(new Notice(ALICE, Notice.Kind.FEEDBACK_TAKEN_IN, FARID, PAGE, OPEN, "Try a shorter week")), notifier.sent);
        assertEquals(NOW.plus(Duration.ofDays(2)), thoughts.find(PAGE, OPEN).orElseThrow().touchedAt());

        clock.set(NOW.plus(Duration.ofDays(3)));
        FeedbackBoard.Item again = service.takeIn(PAGE, OPEN, id);

        assertEquals(NOW.plus(Duration.ofDays(2)), again.feedback().takenInAt(), "taken in once");
        assertEquals(1, notifier.sent.size(), "no second notice");
        assertEquals(NOW.plus(Duration.ofDays(2)), thoughts.find(PAGE, OPEN).orElseThrow().touchedAt(), "nothing happened the second time");
        long notYet = give(BOB, OPEN, "not yet").feedback().id();
        viewer.become(FARID);
        assertEquals(List.of(false, true), service.board(PAGE, OPEN).items().stream().map(FeedbackBoard.Item::canTakeIn).toList(),
                "the board offers only what is not taken in: " + notYet);
    }

    @Test
    void takeIn_byAnyoneButTheAuthor_isRefused() {
        long id = give(ALICE, OPEN, "x").feedback().id();
        notifier.sent.clear();

        for (String other : List.of(ALICE, BOB, ADMIN)) {
            viewer.become(other);
            assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.not-author", () -> service.takeIn(PAGE, OPEN, id));
        }
        pages.editable(PAGE, true);
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.not-author", () -> service.takeIn(PAGE, OPEN, id));
        viewer.become(null);
        assertFailure(Failure.NOT_AUTHENTICATED, "outloud.common.error.not-authenticated", () -> service.takeIn(PAGE, OPEN, id));

        assertFalse(feedback.find(id).orElseThrow().takenIn());
        assertTrue(notifier.sent.isEmpty());
    }

    @Test
    void takeIn_ofAPieceOnAnotherThought_orUnknown_isNotFound() {
        long onPrivate = give(ALICE, PRIVATE, "x").feedback().id();
        viewer.become(FARID);

        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.takeIn(PAGE, OPEN, onPrivate));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.takeIn(PAGE, OPEN, 9_999));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.takeIn(HIDDEN_PAGE, HIDDEN, onPrivate));
        assertFalse(feedback.find(onPrivate).orElseThrow().takenIn());
    }

    @Test
    void takeIn_ofAnUnnamedPiece_thanksNobodyByName_butTellsItsGiver() {
        allowUnnamedOnTheSite(true);
        long id = service.give(PAGE, UNNAMED, "helps-me", "quietly", true).feedback().id();
        notifier.sent.clear();
        viewer.become(FARID);

        FeedbackBoard.Item taken = service.takeIn(PAGE, UNNAMED, id);

        assertNull(taken.giver(), "the author does not learn who it was");
        assertEquals(List.of(new Notice(ALICE, Notice.Kind.FEEDBACK_TAKEN_IN, FARID, PAGE, UNNAMED, "quietly")), notifier.sent);
    }

    // --- what each reader sees ---

    @Test
    void board_whereOnlyTheAuthorSeesFeedback_showsEachOtherReaderTheirOwn() {
        long alices = give(ALICE, PRIVATE, "from alice").feedback().id();
        long bobs = give(BOB, PRIVATE, "from bob").feedback().id();
        give(CAROL, PRIVATE, "from carol");

        viewer.become(FARID);
        FeedbackBoard author = service.board(PAGE, PRIVATE);
        assertEquals(List.of("from alice", "from bob", "from carol"), texts(author));
        assertEquals(3, author.total());
        assertTrue(author.allVisible());
        assertTrue(author.items().stream().allMatch(FeedbackBoard.Item::canTakeIn));
        assertTrue(author.items().stream().noneMatch(FeedbackBoard.Item::mine));
        assertEquals("Alice", author.items().get(0).giver().displayName());

        viewer.become(ALICE);
        FeedbackBoard alice = service.board(PAGE, PRIVATE);
        assertEquals(List.of("from alice"), texts(alice));
        assertEquals(alices, alice.items().get(0).feedback().id());
        assertTrue(alice.items().get(0).mine());
        assertFalse(alice.items().get(0).canTakeIn());
        assertEquals(3, alice.total(), "the total counts every piece");
        assertFalse(alice.allVisible());

        viewer.become(BOB);
        assertEquals(List.of(bobs), service.board(PAGE, PRIVATE).items().stream().map(i -> i.feedback().id()).toList());

        viewer.become(ADMIN);
        FeedbackBoard none = service.board(PAGE, PRIVATE);
        assertTrue(none.items().isEmpty());
        assertEquals(3, none.total());

        viewer.become(null);
        FeedbackBoard signedOut = service.board(PAGE, PRIVATE);
        assertTrue(signedOut.items().isEmpty());
        assertEquals(3, signedOut.total());
        assertFalse(signedOut.allVisible());
    }

    @Test
    void board_whereEveryoneSeesFeedback_showsAllToAll_withTheirOwnMarked() {
        give(ALICE, OPEN, "from alice");
        give(BOB, OPEN, "from bob");

        for (String reader : Arrays.asList(FARID, ALICE, BOB, CAROL, null)) {
            viewer.become(reader);
            FeedbackBoard board = service.board(PAGE, OPEN);
            assertEquals(List.of("from alice", "from bob"), texts(board), String.valueOf(reader));
            assertTrue(board.allVisible());
            assertEquals(2, board.total());
            assertEquals(List.of(ALICE.equals(reader), BOB.equals(reader)), board.items().stream().map(FeedbackBoard.Item::mine).toList());
            assertEquals(List.of(FARID.equals(reader), FARID.equals(reader)), board.items().stream().map(FeedbackBoard.Item::canTakeIn).toList());
            assertEquals(List.of("Alice", "Bob"), board.items().stream().map(i -> i.giver().displayName()).toList());
        }
    }

    @Test
    void board_namesTheGiverOfAnUnnamedPiece_toTheGiverAlone() {
        allowUnnamedOnTheSite(true);
        service.give(PAGE, UNNAMED, "go-on", "unnamed", true);
        give(BOB, UNNAMED, "named");

        for (String reader : Arrays.asList(FARID, BOB, CAROL, ADMIN, null)) {
            viewer.become(reader);
            FeedbackBoard.Item unnamed = service.board(PAGE, UNNAMED).items().get(0);
            assertEquals("unnamed", unnamed.feedback().text());
            assertNull(unnamed.giver(), "named to " + reader);
            assertFalse(unnamed.mine());
        }
        viewer.become(ALICE);
        FeedbackBoard.Item own = service.board(PAGE, UNNAMED).items().get(0);
        assertTrue(own.mine());
        assertEquals("Alice", own.giver().displayName());
        viewer.become(CAROL);
        assertEquals("Bob", service.board(PAGE, UNNAMED).items().get(1).giver().displayName(), "a named piece stays named");
    }

    @Test
    void board_ofAThoughtTheCallerMayNotView_isNotFound() {
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.board(HIDDEN_PAGE, HIDDEN));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.board(PAGE, BLOCK));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.board(PAGE, UNREGISTERED));
    }

    @Test
    void board_loadsThePeopleOnce() {
        give(ALICE, OPEN, "a");
        give(BOB, OPEN, "b");
        give(CAROL, OPEN, "c");
        people.lookups = 0;

        service.board(PAGE, OPEN);

        assertEquals(1, people.lookups);
    }

    // --- stages ---

    @Test
    void moveStage_byTheAuthor_goesOneStepOnOrBack_andTouchesTheThought() {
        viewer.become(FARID);
        clock.set(NOW.plusSeconds(5));

        assertEquals(ThoughtStage.GROWING, service.moveStage(PAGE, OPEN, "growing"));
        assertEquals(ThoughtStage.GROWING, thoughts.find(PAGE, OPEN).orElseThrow().stage());
        assertEquals(NOW.plusSeconds(5), thoughts.find(PAGE, OPEN).orElseThrow().touchedAt());
        assertEquals(ThoughtStage.SEED, thoughts.find(PAGE, OPEN).orElseThrow().pageStage(), "the page still says seed");
        assertEquals(ThoughtStage.RIPE, service.moveStage(PAGE, OPEN, " RIPE "));
        assertEquals(ThoughtStage.GROWING, service.moveStage(PAGE, OPEN, "growing"), "one step back");
        assertEquals(ThoughtStage.SEED, service.moveStage(PAGE, OPEN, "seed"));
        assertEquals(ThoughtStage.SEED, thoughts.find(PAGE, OPEN).orElseThrow().stage());
    }

    @Test
    void moveStage_skippingAStage_orToAnUnknownOne_isInvalid() {
        viewer.become(FARID);

        OutloudException skip = assertFailure(Failure.INVALID_INPUT, "outloud.thought.stage.error.step", () -> service.moveStage(PAGE, OPEN, "ripe"));
        assertEquals(List.of("seed", "ripe"), Arrays.asList(skip.arguments()));
        assertFailure(Failure.INVALID_INPUT, "outloud.thought.stage.error.step", () -> service.moveStage(PAGE, RIPE, "seed"));
        for (String unknown : Arrays.asList("done", "", "  ", null, "<b>ripe</b>", "x".repeat(10_000))) {
            assertFailure(Failure.INVALID_INPUT, "outloud.thought.error.stage", () -> service.moveStage(PAGE, OPEN, unknown));
        }
        assertEquals(ThoughtStage.SEED, thoughts.find(PAGE, OPEN).orElseThrow().stage());
        assertEquals(ThoughtStage.RIPE, thoughts.find(PAGE, RIPE).orElseThrow().stage());
    }

    @Test
    void moveStage_toTheStageItIsAt_changesNothing() {
        viewer.become(FARID);
        clock.set(NOW.plusSeconds(5));

        assertEquals(ThoughtStage.SEED, service.moveStage(PAGE, OPEN, "seed"));

        assertEquals(NOW.minus(Duration.ofDays(30)), thoughts.find(PAGE, OPEN).orElseThrow().touchedAt());
    }

    @Test
    void moveStage_isForTheAuthor_orAnEditorOfThePageOnTheirBehalf() {
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.stage.error.not-permitted", () -> service.moveStage(PAGE, OPEN, "growing"));
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.stage.error.not-permitted", () -> service.moveStage(PAGE, OPEN, "growing", true));
        viewer.become(ADMIN);
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.stage.error.not-permitted", () -> service.moveStage(PAGE, OPEN, "growing"));
        viewer.become(null);
        assertFailure(Failure.NOT_AUTHENTICATED, "outloud.common.error.not-authenticated", () -> service.moveStage(PAGE, OPEN, "growing", true));
        assertEquals(ThoughtStage.SEED, thoughts.find(PAGE, OPEN).orElseThrow().stage());
        assertTrue(notifier.sent.isEmpty());
    }

    @Test
    void anEditorWhoIsNotTheAuthor_mustSayTheyActOnTheAuthorsBehalf_andTheAuthorIsTold() {
        viewer.become(BOB);
        pages.editable(PAGE, true);

        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.stage.error.on-behalf", () -> service.moveStage(PAGE, OPEN, "growing"));
        assertEquals(ThoughtStage.SEED, thoughts.find(PAGE, OPEN).orElseThrow().stage());

        assertEquals(ThoughtStage.GROWING, service.moveStage(PAGE, OPEN, "growing", true));
        assertEquals(ThoughtStage.GROWING, thoughts.find(PAGE, OPEN).orElseThrow().stage());
        assertEquals(List.of(new Notice(FARID, Notice.Kind.THOUGHT_STAGE_MOVED, BOB, PAGE, OPEN, "", 1)), notifier.sent);
    }

    @Test
    void theAuthorMovesTheirOwnThought_withOrWithoutTheFlag_andHearsNothingOfIt() {
        viewer.become(FARID);
        assertEquals(ThoughtStage.GROWING, service.moveStage(PAGE, OPEN, "growing", false));
        assertEquals(ThoughtStage.RIPE, service.moveStage(PAGE, OPEN, "ripe", true));
        assertTrue(notifier.sent.isEmpty());
    }

    @Test
    void moveStage_ofAThoughtTheCallerMayNotView_isNotFound() {
        viewer.become(FARID);

        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.moveStage(HIDDEN_PAGE, HIDDEN, "growing"));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.moveStage(PAGE, BLOCK, "growing"));
        assertEquals(ThoughtStage.SEED, thoughts.find(HIDDEN_PAGE, HIDDEN).orElseThrow().stage());
    }

    // --- rights shown on the thought ---

    @Test
    void rights_sayWhatTheReaderMayDo_asTheWritesDecide() {
        Thought open = thoughts.find(PAGE, OPEN).orElseThrow();
        Thought circle = thoughts.find(PAGE, CIRCLE).orElseThrow();
        Thought unnamed = thoughts.find(PAGE, UNNAMED).orElseThrow();
        Thought ripe = thoughts.find(PAGE, RIPE).orElseThrow();
        SiteSettings unnamedOn = new SiteSettings(false, 5, SiteSettings.DEFAULTS.reactorNames(), true, 14);
        PageThoughts.Reader nobody = new PageThoughts.Reader(Set.of(), false);

        assertEquals(new ThoughtService.Rights(true, false, false, false, Optional.empty()),
                service.rights(open, parameters(OPEN), nobody, SiteSettings.DEFAULTS));
        assertEquals(new ThoughtService.Rights(true, true, false, false, Optional.empty()),
                service.rights(unnamed, parameters(UNNAMED), nobody, unnamedOn));
        assertEquals(new ThoughtService.Rights(true, false, false, false, Optional.empty()),
                service.rights(unnamed, parameters(UNNAMED), nobody, SiteSettings.DEFAULTS), "the site does not allow it");
        assertEquals(new ThoughtService.Rights(true, false, false, false, Optional.empty()),
                service.rights(open, parameters(OPEN), nobody, unnamedOn), "the thought does not invite it");
        assertEquals(new ThoughtService.Rights(false, false, false, false, Optional.of("outloud.thought.feedback.error.community")),
                service.rights(circle, parameters(CIRCLE), new PageThoughts.Reader(Set.of("other"), false), SiteSettings.DEFAULTS));
        assertTrue(service.rights(circle, parameters(CIRCLE), new PageThoughts.Reader(Set.of("design"), false), SiteSettings.DEFAULTS).mayGive());
        assertEquals(Optional.of("outloud.thought.feedback.error.ripe"), service.rights(ripe, parameters(RIPE), nobody, unnamedOn).refusalKey());
        assertFalse(service.rights(ripe, parameters(RIPE), nobody, unnamedOn).mayGiveUnnamed());

        assertEquals(new ThoughtService.Rights(true, false, false, true, Optional.empty()),
                service.rights(open, parameters(OPEN), new PageThoughts.Reader(Set.of(), true), SiteSettings.DEFAULTS),
                "an editor moves it on only on the author's behalf");

        viewer.become(FARID);
        assertEquals(new ThoughtService.Rights(false, false, true, false, Optional.of("outloud.thought.feedback.error.own")),
                service.rights(open, parameters(OPEN), nobody, unnamedOn));

        viewer.become(null);
        assertEquals(new ThoughtService.Rights(false, false, false, false, Optional.of("outloud.thought.feedback.sign-in")),
                service.rights(open, parameters(OPEN), new PageThoughts.Reader(Set.of("design"), true), unnamedOn),
                "signed out, nothing: whatever the reader was loaded with");
    }

    @Test
    void reader_isTheSignedInReadersCommunities_andWhetherTheyMayEditThePage() {
        members.join("design", ALICE, NOW);
        members.join("finance", ALICE, NOW);
        members.join("legal", BOB, NOW);

        assertEquals(new PageThoughts.Reader(Set.of("design", "finance"), false), service.reader(PAGE));
        pages.editable(PAGE, true);
        assertEquals(new PageThoughts.Reader(Set.of("design", "finance"), true), service.reader(PAGE));
        assertEquals(new PageThoughts.Reader(Set.of("design", "finance"), false), service.reader(HIDDEN_PAGE));

        viewer.become(null);
        assertEquals(new PageThoughts.Reader(Set.of(), false), service.reader(PAGE));
    }

    private ThoughtParameters parameters(String macroId) {
        return StorageThoughts.find(pages.viewablePage(PAGE).orElseThrow().storageBody()).get(macroId);
    }

    // --- my open thoughts ---

    @Test
    void mine_listsYourOpenThoughtsOldestFirst_onPagesYouMayStillView_withTheirCounts() {
        give(ALICE, OPEN, "one");
        long second = give(BOB, OPEN, "two").feedback().id();
        give(ALICE, PRIVATE, "three");
        thoughts.create(new MacroIdentity("t-bobs", PAGE, "DEV"), BOB, ThoughtStage.SEED, "", NOW.minus(Duration.ofDays(90)));
        viewer.become(FARID);
        service.takeIn(PAGE, OPEN, second);

        List<ThoughtService.OpenThought> mine = service.mine();

        assertEquals(List.of(OPEN, PRIVATE, CIRCLE, UNNAMED), mine.stream().map(o -> o.thought().macroId()).toList(),
                "not ripe, not Bob's, not on a page Farid may not view, not a macro that is no thought any more");
        ThoughtService.OpenThought open = mine.get(0);
        assertEquals("Page 10", open.pageTitle());
        assertEquals("Is the onboarding plan too long?", open.thought().question());
        assertEquals(2, open.feedback());
        assertEquals(1, open.unanswered());
        assertEquals(LocalDate.of(2026, 12, 31), open.ripenBy());
        assertEquals(List.of(1, 0, 0), mine.subList(1, 4).stream().map(ThoughtService.OpenThought::feedback).toList());
        assertEquals(List.of(1, 0, 0), mine.subList(1, 4).stream().map(ThoughtService.OpenThought::unanswered).toList());
        assertNull(mine.get(1).ripenBy());
    }

    @Test
    void mine_marksThoughtsUntouchedForTheSitesWaitingDaysAsWaiting() {
        viewer.become(FARID);

        assertEquals(List.of(true, true, false, false), waiting(), "14 days by default: touched 30, 20, 10 and 1 days ago");

        settingsStore.putSiteSetting(MapSettingsStore.WAITING_DAYS, "7");
        assertEquals(List.of(true, true, true, false), waiting());

        settingsStore.putSiteSetting(MapSettingsStore.WAITING_DAYS, "20");
        assertEquals(List.of(true, false, false, false), waiting(), "touched exactly 20 days ago is not older than 20 days");

        give(ALICE, OPEN, "a reply wakes it up");
        viewer.become(FARID);
        assertEquals(List.of(false, false, false, false), waiting());
    }

    @Test
    void mine_leavesOutTrashedAndRipeThoughts_andPagesNoLongerViewable() {
        viewer.become(FARID);
        thoughts.moveStage(PAGE, PRIVATE, ThoughtStage.RIPE, NOW);
        assertEquals(List.of(OPEN, CIRCLE, UNNAMED), service.mine().stream().map(o -> o.thought().macroId()).toList());

        thoughts.setTrashed(PAGE, true);
        assertTrue(service.mine().isEmpty());
        thoughts.setTrashed(PAGE, false);
        pages.hide(PAGE);
        assertTrue(service.mine().isEmpty());
    }

    @Test
    void mine_looksAtEachPageOnce_andIsForSignedInPeople() {
        viewer.become(FARID);
        int before = pages.lookups();

        service.mine();

        assertEquals(2, pages.lookups() - before, "page 10 and page 11, each once");
        viewer.become(null);
        assertFailure(Failure.NOT_AUTHENTICATED, "outloud.common.error.not-authenticated", service::mine);
    }

    private List<Boolean> waiting() {
        return service.mine().stream().map(ThoughtService.OpenThought::waiting).toList();
    }

    // --- who gave it, for site admins ---

    @Test
    void giverForSiteAdmin_namesTheGiverOfEvenAnUnnamedPiece_toSiteAdminsOnly() {
        allowUnnamedOnTheSite(true);
        long id = service.give(PAGE, UNNAMED, "go-on", "unnamed", true).feedback().id();

        for (String other : List.of(ALICE, BOB, FARID)) {
            viewer.become(other);
            assertFailure(Failure.NOT_PERMITTED, "outloud.settings.error.admin-only", () -> service.giverForSiteAdmin(id));
        }
        viewer.become(null);
        assertFailure(Failure.NOT_AUTHENTICATED, "outloud.common.error.not-authenticated", () -> service.giverForSiteAdmin(id));

        viewer.become(ADMIN);
        Person giver = service.giverForSiteAdmin(id);
        assertEquals(ALICE, giver.userKey());
        assertEquals("Alice", giver.displayName());
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.giverForSiteAdmin(9_999));
    }

    @Test
    void giverForSiteAdmin_ofSomeoneTheSiteNoLongerKnows_isAnUnknownPerson() {
        long id = feedback.add(PAGE, OPEN, "key-gone", FeedbackKind.GO_ON, "", true, NOW).id();
        viewer.become(ADMIN);

        assertEquals(Person.unknown("key-gone"), service.giverForSiteAdmin(id));
    }

    @Test
    void aGiverForgottenAfterTheRetentionPeriod_isNobody_forSiteAdminsToo_andIsToldNothing() {
        long id = feedback.add(PAGE, UNNAMED, TextsOnErasure.ERASED, FeedbackKind.GO_ON, "long ago", true, NOW).id();
        viewer.become(ADMIN);
        assertFalse(service.giverForSiteAdmin(id).isKnown(), "not even a site admin finds the giver");

        notifier.sent.clear();
        viewer.become(FARID);
        service.takeIn(PAGE, UNNAMED, id);

        assertTrue(feedback.find(id).orElseThrow().takenIn());
        assertTrue(notifier.sent.isEmpty(), "no notice to a key that names nobody");
    }

    // --- notices to the author, batched: the scheduled job tells an hour after the first piece not yet told ---

    private List<Long> numbers() {
        return notifier.sent.stream().map(Notice::number).toList();
    }

    @Test
    void tenPiecesWithinAnHour_fromSeveralPeople_makeOneNotice_anHourAfterTheFirst() {
        List<String> givers = List.of(ALICE, BOB, CAROL);
        for (int i = 0; i < 10; i++) {
            give(givers.get(i % givers.size()), OPEN, "piece " + i);
            clock.advance(Duration.ofMinutes(6)); // the last at 54 minutes
        }
        assertEquals(List.of(), notifier.sent, "nothing while the hour runs");
        clock.set(NOW.plus(Duration.ofMinutes(59)));
        assertEquals(0, service.sendOwedNotices());

        clock.set(NOW.plus(Duration.ofMinutes(60)));
        assertEquals(1, service.sendOwedNotices());

        assertEquals(List.of(new Notice(FARID, Notice.Kind.THOUGHT_FEEDBACK, "", PAGE, OPEN, "", 10)), notifier.sent);
        Thought told = thoughts.find(PAGE, OPEN).orElseThrow();
        assertEquals(NOW.plus(Duration.ofMinutes(60)), told.notifiedAt());
        assertNull(told.owedSince());
        assertEquals(0, service.sendOwedNotices(), "told once");
    }

    @Test
    void aPieceAfterTheNotice_opensANewHour() {
        give(ALICE, OPEN, "first");
        clock.set(NOW.plus(Duration.ofMinutes(60)));
        service.sendOwedNotices();
        clock.set(NOW.plus(Duration.ofMinutes(61)));
        give(BOB, OPEN, "next hour");

        clock.set(NOW.plus(Duration.ofMinutes(120)));
        assertEquals(0, service.sendOwedNotices(), "its hour runs from minute 61");
        clock.set(NOW.plus(Duration.ofMinutes(121)));
        assertEquals(1, service.sendOwedNotices());
        assertEquals(List.of(1L, 1L), numbers(), "each notice counts what came after the one before");
    }

    @Test
    void piecesInTheSameInstant_areAllCounted() {
        give(ALICE, OPEN, "one");
        give(BOB, OPEN, "same instant");
        give(CAROL, OPEN, "and again");
        clock.set(NOW.plus(Duration.ofHours(1)));

        service.sendOwedNotices();

        assertEquals(List.of(3L), numbers(), "counted by feedback id, not by time");
    }

    @Test
    void noticesAreCountedPerThought() {
        give(ALICE, OPEN, "on open");
        clock.advance(Duration.ofMinutes(1));
        give(ALICE, PRIVATE, "on private");
        clock.advance(Duration.ofMinutes(10));
        give(BOB, PRIVATE, "on private again");
        clock.set(NOW.plus(Duration.ofHours(2)));

        assertEquals(2, service.sendOwedNotices());

        assertEquals(List.of(OPEN, PRIVATE), notifier.sent.stream().map(Notice::macroId).toList(), "the longest owed first");
        assertEquals(List.of(1L, 2L), numbers());
    }

    @Test
    void theCountOfABatch_includesUnnamedPieces_andRepeatedGivers() {
        allowUnnamedOnTheSite(true);
        give(BOB, UNNAMED, "first");
        viewer.become(ALICE);
        service.give(PAGE, UNNAMED, "go-on", "unnamed", true);
        give(BOB, UNNAMED, "bob again");
        clock.set(NOW.plus(Duration.ofHours(2)));

        service.sendOwedNotices();

        assertEquals(List.of(3L), numbers());
    }

    @Test
    void aWithdrawnPiece_isNotCounted_andLaterNoticesStillGo() {
        give(ALICE, OPEN, "first");
        long withdrawn = give(BOB, OPEN, "withdrawn soon").feedback().id();
        viewer.become(BOB);
        service.delete(PAGE, OPEN, withdrawn);
        clock.set(NOW.plus(Duration.ofHours(1)));
        assertEquals(1, service.sendOwedNotices());

        long alone = give(BOB, OPEN, "then withdrawn too").feedback().id();
        viewer.become(BOB);
        service.delete(PAGE, OPEN, alone);
        clock.set(NOW.plus(Duration.ofHours(3)));
        assertEquals(0, service.sendOwedNotices(), "nothing left to tell: no empty notice");
        assertNull(thoughts.find(PAGE, OPEN).orElseThrow().owedSince(), "and nothing stays owed");

        give(CAROL, OPEN, "later");
        clock.set(NOW.plus(Duration.ofHours(5)));
        give(ALICE, OPEN, "much later");
        clock.set(NOW.plus(Duration.ofHours(7)));
        assertEquals(1, service.sendOwedNotices());
        assertEquals(List.of(1L, 2L), numbers(), "a withdrawn piece never blocks the notices after it");
    }

    @Test
    void aPieceSavedWhileTheJobCounts_isOwedFromItsOwnTime_andToldNextTime() {
        give(ALICE, OPEN, "first");
        clock.set(NOW.plus(Duration.ofHours(1)));
        AtomicInteger reads = new AtomicInteger();
        FeedbackStore racing = (FeedbackStore) Proxy.newProxyInstance(FeedbackStore.class.getClassLoader(), new Class<?>[]{FeedbackStore.class},
                (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(feedback, args);
                        if (method.getName().equals("forThought") && reads.incrementAndGet() == 1) {
                            // Bob's piece is saved just after the job counted.
                            feedback.add(PAGE, OPEN, BOB, FeedbackKind.GO_ON, "just then", false, clock.instant());
                            thoughts.markNoticeOwed(thoughts.find(PAGE, OPEN).orElseThrow().id(), clock.instant());
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ThoughtService job = new ThoughtService(thoughts, racing, pages, viewer, people, settings, members, notifier, clock);

        assertEquals(1, job.sendOwedNotices());
        assertEquals(NOW.plus(Duration.ofHours(1)), thoughts.find(PAGE, OPEN).orElseThrow().owedSince(), "Bob's piece is owed");
        clock.set(NOW.plus(Duration.ofHours(2)));
        assertEquals(1, service.sendOwedNotices());
        assertEquals(List.of(1L, 1L), numbers());
    }

    @Test
    void noNoticeToTheAuthor_namesAGiver() {
        allowUnnamedOnTheSite(true);
        for (int i = 0; i < 6; i++) {
            viewer.become(List.of(ALICE, BOB, CAROL).get(i % 3));
            service.give(PAGE, i < 3 ? UNNAMED : OPEN, "go-on", "Hello from " + i, i % 2 == 0 && i < 3);
            clock.advance(Duration.ofMinutes(50));
            service.sendOwedNotices();
        }

        List<Notice> toAuthor = notifier.of(Notice.Kind.THOUGHT_FEEDBACK);
        assertEquals(notifier.sent, toAuthor);
        assertTrue(toAuthor.size() >= 2);
        for (Notice notice : toAuthor) {
            assertEquals(FARID, notice.recipientKey());
            assertEquals("", notice.actorKey());
            for (String giver : GIVER_NAMES_AND_KEYS) {
                assertFalse(notice.toString().contains(giver), notice + " names " + giver);
            }
        }
    }

    @Test
    void theAuthorsOwnRefusedFeedback_addsNothingToTheCount() {
        viewer.become(FARID);
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.own", () -> service.give(PAGE, OPEN, "go-on", "", false));
        feedback.add(PAGE, OPEN, FARID, FeedbackKind.GO_ON, "stored by an older version", false, NOW); // never counted

        give(ALICE, OPEN, "first");
        clock.set(NOW.plus(Duration.ofHours(1)));
        service.sendOwedNotices();

        assertEquals(List.of(1L), numbers());
    }

    // --- rules decided at review: kept visibility, frozen ripe history, safe community reading, blanked keys ---

    @Test
    void feedbackGivenForTheAuthorOnly_staysTheAuthors_whenThePageLaterShowsFeedbackToEveryone() {
        give(ALICE, PRIVATE, "for Farid only");
        pages.withPage(PAGE, pages.viewablePage(PAGE).orElseThrow().storageBody()
                .replace("<ac:parameter ac:name=\"feedback-visible-to\">author</ac:parameter>", ""));
        give(BOB, PRIVATE, "for everyone");

        viewer.become(CAROL);
        FeedbackBoard carols = service.board(PAGE, PRIVATE);
        assertEquals(List.of("for everyone"), texts(carols), "the earlier piece was given for the author's eyes");
        assertEquals(2, carols.total());
        viewer.become(ALICE);
        assertEquals(List.of("for Farid only", "for everyone"), texts(service.board(PAGE, PRIVATE)), "a giver sees their own");
        viewer.become(FARID);
        assertEquals(List.of("for Farid only", "for everyone"), texts(service.board(PAGE, PRIVATE)));
    }

    @Test
    void onARipeThought_aGiverMayDeleteTheirFeedback_butNotChangeIt() {
        long piece = give(ALICE, OPEN, "before ripening").feedback().id();
        long other = give(BOB, OPEN, "bob's").feedback().id();
        thoughts.moveStage(PAGE, OPEN, ThoughtStage.RIPE, NOW);

        viewer.become(ALICE);
        assertFailure(Failure.CONFLICT, "outloud.thought.feedback.error.ripe-edit", () -> service.edit(PAGE, OPEN, piece, "helps-me", "changed"));
        assertEquals("before ripening", feedback.find(piece).orElseThrow().text());
        service.delete(PAGE, OPEN, piece);
        assertTrue(feedback.find(piece).isEmpty(), "withdrawing stays possible");
        assertTrue(feedback.find(other).isPresent());
    }

    @Test
    void aCommunityOnlyThoughtWithoutAUsableKey_takesFeedbackFromNobody() {
        String noKey = "t-no-key";
        String badKey = "t-bad-key";
        pages.withPage(PAGE, pages.viewablePage(PAGE).orElseThrow().storageBody()
                + thought(noKey, "feedback-from", "community") + thought(badKey, "feedback-from", "community", "community", "Not A Key"));
        register(PAGE, noKey, ThoughtStage.SEED, "", NOW);
        register(PAGE, badKey, ThoughtStage.SEED, "", NOW);
        members.join("design", ALICE, NOW);

        viewer.become(ALICE);
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.community", () -> service.give(PAGE, noKey, "go-on", "", false));
        assertFailure(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.community", () -> service.give(PAGE, badKey, "go-on", "", false));
        assertFalse(service.rights(thoughts.find(PAGE, noKey).orElseThrow(), parameters(noKey),
                new PageThoughts.Reader(Set.of("design", ""), false), SiteSettings.DEFAULTS).mayGive());
        assertEquals(0, feedback.forThought(PAGE, noKey).size() + feedback.forThought(PAGE, badKey).size());
    }

    @Test
    void anUnnamedPiece_leavesTheServiceWithoutItsGiversKey_exceptToTheGiver() {
        allowUnnamedOnTheSite(true);
        viewer.become(ALICE);
        service.give(PAGE, UNNAMED, "go-on", "quietly", true);
        long piece = feedback.forThought(PAGE, UNNAMED).get(0).id();

        for (String reader : List.of(FARID, BOB)) {
            viewer.become(reader);
            FeedbackBoard.Item item = service.board(PAGE, UNNAMED).items().get(0);
            assertEquals("", item.feedback().giverKey(), reader + " gets no key");
            assertNull(item.giver());
        }
        viewer.become(FARID);
        assertEquals("", service.takeIn(PAGE, UNNAMED, piece).feedback().giverKey(), "nor does taking it in reveal it");
        viewer.become(ALICE);
        assertEquals(ALICE, service.board(PAGE, UNNAMED).items().get(0).feedback().giverKey());
        assertEquals(ALICE, feedback.find(piece).orElseThrow().giverKey(), "the store keeps the giver for abuse handling");
    }

    // --- helpers ---

    private static List<String> texts(FeedbackBoard board) {
        return board.items().stream().map(i -> i.feedback().text()).toList();
    }

    private static OutloudException assertFailure(Failure failure, String key, Executable call) {
        OutloudException e = assertThrows(OutloudException.class, call);
        assertEquals(failure, e.failure(), e.getMessage());
        assertEquals(key, e.messageKey());
        for (Serializable argument : e.arguments()) {
            assertTrue(argument == null || argument.toString().length() < 200, "arguments are short");
        }
        return e;
    }

}
