package io.outloud.thought;

import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.community.InMemoryCommunityMembers;
import io.outloud.content.MacroIdentity;
import io.outloud.settings.SettingsService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.outloud.thought.ThoughtMarkup.macro;
import static io.outloud.thought.ThoughtMarkup.thought;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's record of thoughts follows their pages: saves, moves, trash, restore, purge and removed spaces. */
class ThoughtRegistryTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String ID_1 = "5f1c3e2a-8d4b-4c7e-9a61-0b2d3c4e5f60";
    private static final String ID_2 = "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";
    private static final String FARID = "key-farid";
    private static final String BOB = "key-bob";

    private final InMemoryThoughtStore thoughts = new InMemoryThoughtStore();
    private final InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
    private final MutableClock clock = new MutableClock(NOW);
    private final ThoughtRegistry registry = new ThoughtRegistry(thoughts, feedback, clock);
    private final FakeViewer viewer = FakeViewer.signedIn(FARID);
    private final FakePageAccess pages = new FakePageAccess();
    private final ThoughtService service = new ThoughtService(thoughts, feedback, pages, viewer, new FakePersonDirectory(),
            new SettingsService(new MapSettingsStore(), key -> false, viewer), new InMemoryCommunityMembers(), new RecordingNotifier(), clock);

    /** Saves the page as this editor, and lets the service see the same body. */
    private void save(long pageId, String spaceKey, String editorKey, String storage) {
        pages.withPage(pageId, storage);
        registry.pageSaved(pageId, spaceKey, editorKey, storage);
    }

    @Test
    void aSave_registersEachNewThought_withTheSaverAsAuthor_andItsStageAndQuestion() {
        save(PAGE, "DEV", FARID, "<p>Intro</p>" + thought(ID_1, "question", "Too  long?\nOr not", "stage", "growing") + thought(ID_2));

        Thought first = thoughts.find(PAGE, ID_1).orElseThrow();
        assertEquals(FARID, first.authorKey());
        assertEquals("DEV", first.spaceKey());
        assertEquals(ThoughtStage.GROWING, first.stage());
        assertEquals(ThoughtStage.GROWING, first.pageStage());
        assertEquals("Too long? Or not", first.question(), "one line");
        assertEquals(NOW, first.createdAt());
        assertEquals(NOW, first.touchedAt());
        assertNull(first.notifiedAt());
        Thought second = thoughts.find(PAGE, ID_2).orElseThrow();
        assertEquals(ThoughtStage.SEED, second.stage());
        assertEquals("", second.question());
        assertEquals(2, thoughts.creates());
    }

    @Test
    void aSave_withoutThoughts_orWithOtherMacrosOnly_registersNothing() {
        save(PAGE, "DEV", FARID, "<p>Nothing</p>");
        save(PAGE, "DEV", FARID, macro("working-out-loud", ID_1, "status", "stuck")
                + macro("half-finished-thoughts", ID_2) + "<p>ac:name=\"half-finished-thought\" ac:macro-id=\"x\"</p>");
        save(PAGE, "DEV", FARID, null);

        assertEquals(0, thoughts.size());
    }

    @Test
    void aLaterSaveBySomeoneElse_keepsTheAuthor_andGivesNewThoughtsToThem() {
        save(PAGE, "DEV", FARID, thought(ID_1));
        clock.advance(Duration.ofDays(1));

        save(PAGE, "DEV", BOB, thought(ID_1) + thought(ID_2));

        Thought first = thoughts.find(PAGE, ID_1).orElseThrow();
        assertEquals(FARID, first.authorKey());
        assertEquals(NOW, first.createdAt());
        assertEquals(BOB, thoughts.find(PAGE, ID_2).orElseThrow().authorKey());
        assertEquals(2, thoughts.creates(), "the known thought is not registered again");
    }

    @Test
    void aSaveThatChangesTheStageParameter_setsTheStage() {
        save(PAGE, "DEV", FARID, thought(ID_1, "stage", "seed"));

        save(PAGE, "DEV", BOB, thought(ID_1, "stage", "ripe"));

        Thought thought = thoughts.find(PAGE, ID_1).orElseThrow();
        assertEquals(ThoughtStage.RIPE, thought.stage(), "the editor chose a stage: no single steps on the page");
        assertEquals(ThoughtStage.RIPE, thought.pageStage());
        assertEquals(FARID, thought.authorKey());
    }

    @Test
    void aSaveThatKeepsTheStageParameter_doesNotUndoAStageMovedThroughTheService() {
        save(PAGE, "DEV", FARID, thought(ID_1, "question", "First", "stage", "seed"));
        assertEquals(ThoughtStage.GROWING, service.moveStage(PAGE, ID_1, "growing"));

        save(PAGE, "DEV", BOB, thought(ID_1, "question", "First", "stage", "seed"));
        assertEquals(ThoughtStage.GROWING, thoughts.find(PAGE, ID_1).orElseThrow().stage());

        save(PAGE, "DEV", BOB, thought(ID_1, "question", "Reworded", "stage", "seed"));
        Thought reworded = thoughts.find(PAGE, ID_1).orElseThrow();
        assertEquals("Reworded", reworded.question());
        assertEquals(ThoughtStage.GROWING, reworded.stage(), "a new question keeps the stage people moved it to");

        save(PAGE, "DEV", BOB, thought(ID_1, "question", "Reworded"));
        assertEquals(ThoughtStage.GROWING, thoughts.find(PAGE, ID_1).orElseThrow().stage(), "no parameter reads as seed, as before");

        save(PAGE, "DEV", BOB, thought(ID_1, "question", "Reworded", "stage", "seed-ish"));
        assertEquals(ThoughtStage.GROWING, thoughts.find(PAGE, ID_1).orElseThrow().stage(), "an unknown stage reads as seed, as before");

        save(PAGE, "DEV", BOB, thought(ID_1, "question", "Reworded", "stage", "growing"));
        save(PAGE, "DEV", BOB, thought(ID_1, "question", "Reworded", "stage", "seed"));
        assertEquals(ThoughtStage.SEED, thoughts.find(PAGE, ID_1).orElseThrow().stage(), "the parameter changed back: the editor chose seed");
    }

    @Test
    void aSaveOfAMovedPage_movesItsThoughtsToTheNewSpace() {
        save(PAGE, "DEV", FARID, thought(ID_1));

        save(PAGE, "OPS", BOB, thought(ID_1) + thought(ID_2));

        assertEquals("OPS", thoughts.find(PAGE, ID_1).orElseThrow().spaceKey());
        assertEquals("OPS", thoughts.find(PAGE, ID_2).orElseThrow().spaceKey());
        assertEquals(List.of(), thoughts.pageIdsInSpace("DEV"));
        assertEquals(List.of(PAGE), thoughts.pageIdsInSpace("OPS"));
    }

    @Test
    void trashAndRestore_takeThePagesThoughtsOutOfTheOpenListsAndBack() {
        save(PAGE, "DEV", FARID, thought(ID_1));
        save(PAGE + 1, "DEV", FARID, thought(ID_2));

        registry.pageTrashed(PAGE);

        assertTrue(thoughts.isTrashed(PAGE, ID_1));
        assertFalse(thoughts.isTrashed(PAGE + 1, ID_2));
        assertEquals(List.of(ID_2), thoughts.openByAuthor(FARID, 10).stream().map(Thought::macroId).toList());
        assertTrue(thoughts.find(PAGE, ID_1).isPresent(), "trashed thoughts are kept");

        registry.pageRestored(PAGE);

        assertFalse(thoughts.isTrashed(PAGE, ID_1));
        assertEquals(List.of(ID_1, ID_2), thoughts.openByAuthor(FARID, 10).stream().map(Thought::macroId).toList());
    }

    @Test
    void purge_deletesThePagesThoughtsAndTheirFeedback_only() {
        save(PAGE, "DEV", FARID, thought(ID_1));
        save(PAGE + 1, "DEV", FARID, thought(ID_1));
        feedback.add(PAGE, ID_1, BOB, FeedbackKind.GO_ON, "gone", false, NOW);
        Feedback kept = feedback.add(PAGE + 1, ID_1, BOB, FeedbackKind.GO_ON, "kept", false, NOW);
        thoughts.markNoticeOwed(thoughts.find(PAGE, ID_1).orElseThrow().id(), NOW);

        registry.pagePurged(PAGE);

        assertTrue(thoughts.findByPage(PAGE).isEmpty());
        assertTrue(feedback.forPage(PAGE).isEmpty());
        assertEquals(List.of(), thoughts.noticesOwed(NOW, 10), "nothing is owed for a purged thought");
        assertTrue(thoughts.find(PAGE + 1, ID_1).isPresent());
        assertEquals(List.of(kept), feedback.forPage(PAGE + 1));
    }

    @Test
    void spaceRemoved_purgesThePagesThatNoLongerExist_andKeepsThoseThatMoved() {
        save(PAGE, "DEV", FARID, thought(ID_1));
        save(PAGE + 1, "DEV", FARID, thought(ID_1));
        save(PAGE + 2, "DEV", FARID, thought(ID_2)); // moved to OPS in Confluence; no save told us yet
        save(PAGE + 3, "OPS", FARID, thought(ID_1));
        registry.pageTrashed(PAGE + 1);
        for (long pageId = PAGE; pageId <= PAGE + 3; pageId++) {
            feedback.add(pageId, pageId == PAGE + 2 ? ID_2 : ID_1, BOB, FeedbackKind.GO_ON, "on " + pageId, false, NOW);
        }

        registry.spaceRemoved("DEV", Set.of(PAGE + 2, PAGE + 3)::contains);

        assertTrue(thoughts.findByPage(PAGE).isEmpty());
        assertTrue(thoughts.findByPage(PAGE + 1).isEmpty(), "trashed pages go with their space");
        assertTrue(feedback.forPage(PAGE).isEmpty());
        assertTrue(feedback.forPage(PAGE + 1).isEmpty());
        assertTrue(thoughts.find(PAGE + 2, ID_2).isPresent(), "a page that still exists keeps its thoughts");
        assertEquals(1, feedback.forPage(PAGE + 2).size());
        assertTrue(thoughts.find(PAGE + 3, ID_1).isPresent(), "another space is untouched");
        assertEquals(1, feedback.forPage(PAGE + 3).size());
    }

    @Test
    void ensureRegistered_givesAThoughtNoSaveRegistered_toTheFallbackAuthor_once() {
        MacroIdentity identity = new MacroIdentity(ID_1, PAGE, "DEV");
        ThoughtParameters parameters = StorageThoughts.find(thought(ID_1, "question", "Old page?", "stage", "growing")).get(ID_1);

        Thought registered = registry.ensureRegistered(identity, BOB, parameters);

        assertEquals(BOB, registered.authorKey());
        assertEquals(ThoughtStage.GROWING, registered.stage());
        assertEquals("Old page?", registered.question());
        assertEquals(NOW, registered.createdAt());
        Thought again = registry.ensureRegistered(identity, FARID, parameters);
        assertEquals(registered, again);
        assertEquals(1, thoughts.creates());
    }

    @Test
    void aSecondRegistrationOfTheSameThought_returnsTheFirst() {
        Thought first = thoughts.create(new MacroIdentity(ID_1, PAGE, "DEV"), FARID, ThoughtStage.SEED, "a", NOW);

        assertSame(first, thoughts.create(new MacroIdentity(ID_1, PAGE, "DEV"), BOB, ThoughtStage.RIPE, "b", NOW.plusSeconds(1)));
        assertEquals(1, thoughts.creates());
    }
}
