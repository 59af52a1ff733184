package io.outloud.thought;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.text.HostileTexts;
import io.outloud.common.text.WrittenText;
import io.outloud.community.InMemoryCommunityMembers;
import io.outloud.content.MacroIdentity;
import io.outloud.settings.SettingsService;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;
import io.outloud.thought.ao.AoFeedback;
import io.outloud.thought.ao.AoFeedbackStore;
import io.outloud.thought.ao.AoThought;
import io.outloud.thought.ao.AoThoughtStore;

import java.time.Instant;

import static io.outloud.thought.ThoughtMarkup.thought;

/**
 * The hostile corpus through feedback on a thought, given and edited (the text may be empty: blank is kept as ""),
 * with the Active Objects stores on H2 and PostgreSQL, read back from the database.
 */
class WrittenTextOnDatabasesTest {
    private static final long PAGE = 7L;
    private static final String THOUGHT = "t-open";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @EachDatabase
    void feedback_givenAndEdited(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoThought.class, AoFeedback.class);
        AoThoughtStore thoughts = new AoThoughtStore(ao);
        AoFeedbackStore feedback = new AoFeedbackStore(ao);
        thoughts.create(new MacroIdentity(THOUGHT, PAGE, "DEV"), "farid", ThoughtStage.SEED, "Too long?", NOW);
        FakeViewer viewer = FakeViewer.signedIn("alice");
        ThoughtService service = new ThoughtService(thoughts, feedback, new FakePageAccess().withPage(PAGE, thought(THOUGHT, "question", "Too long?")),
                viewer, new FakePersonDirectory().with("alice", "Alice", "Sales"), new SettingsService(new MapSettingsStore(), "admin"::equals, viewer),
                new InMemoryCommunityMembers(), new RecordingNotifier(), new MutableClock(NOW));

        HostileTexts.assertEveryCase("feedback", WrittenText.Shape.LINES, null,
                text -> feedback.find(service.give(PAGE, THOUGHT, "go-on", text, false).feedback().id()).orElseThrow().text());

        long mine = service.give(PAGE, THOUGHT, "go-on", "first", false).feedback().id();
        HostileTexts.assertEveryCase("edited feedback", WrittenText.Shape.LINES, null, text -> {
            service.edit(PAGE, THOUGHT, mine, "go-on", text);
            return feedback.find(mine).orElseThrow().text();
        });
    }
}
