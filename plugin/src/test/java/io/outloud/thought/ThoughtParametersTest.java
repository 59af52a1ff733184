package io.outloud.thought;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThoughtParametersTest {

    private static List<String> problemKeys(ThoughtParameters parameters) {
        return parameters.problems().stream().map(ThoughtParameters.Problem::key).toList();
    }

    @Test
    void noParameters_readAsAnOpenSeed() {
        ThoughtParameters read = ThoughtParameters.read(Map.of());

        assertEquals(new ThoughtParameters("", ThoughtStage.SEED, false, "", true, null, false, List.of()), read);
        assertFalse(read.communityOnly());
    }

    @Test
    void nullAndBlankValues_readAsTheirDefaults() {
        Map<String, String> parameters = new HashMap<>();
        for (String name : List.of("question", "stage", "feedback-from", "community", "feedback-visible-to", "ripen-by", "anonymous-feedback")) {
            parameters.put(name, null);
        }
        assertEquals(ThoughtParameters.read(Map.of()), ThoughtParameters.read(parameters));

        parameters.replaceAll((name, value) -> " \n ");
        assertEquals(ThoughtParameters.read(Map.of()), ThoughtParameters.read(parameters));
    }

    @Test
    void everyValidValue_isRead() {
        ThoughtParameters read = ThoughtParameters.read(Map.of("question", "  Is this\n too long?  ", "stage", " Growing ",
                "feedback-from", "community", "community", " Design-Team_2 ", "feedback-visible-to", "author",
                "ripen-by", "2026-12-31", "anonymous-feedback", "TRUE"));

        assertEquals(new ThoughtParameters("Is this too long?", ThoughtStage.GROWING, true, "design-team_2", false, LocalDate.of(2026, 12, 31),
                true, List.of()), read);
        assertTrue(read.communityOnly());
        for (ThoughtStage stage : ThoughtStage.values()) {
            assertEquals(stage, ThoughtParameters.read(Map.of("stage", stage.code())).stage());
        }
        assertTrue(ThoughtParameters.read(Map.of("feedback-visible-to", "everyone")).visibleToAll());
        assertFalse(ThoughtParameters.read(Map.of("anonymous-feedback", "yes")).unnamedAllowed(), "only true invites it");
        assertFalse(ThoughtParameters.read(Map.of("anonymous-feedback", "false")).unnamedAllowed());
    }

    @Test
    void aCommunity_countsOnlyWhenFeedbackIsFromTheCommunity() {
        ThoughtParameters viewers = ThoughtParameters.read(Map.of("feedback-from", "viewers", "community", "design"));

        assertEquals("", viewers.community());
        assertFalse(viewers.communityOnly());
        assertEquals(List.of(), viewers.problems());
    }

    @Test
    void aQuestionOfThreeHundredCharacters_isFine_oneMoreIsAProblem_andCutWithAnEllipsis() {
        assertEquals(List.of(), ThoughtParameters.read(Map.of("question", "q".repeat(300))).problems());
        assertEquals("q".repeat(300), ThoughtParameters.read(Map.of("question", "q".repeat(300))).question());

        ThoughtParameters tooLong = ThoughtParameters.read(Map.of("question", "q".repeat(301)));

        assertEquals(List.of(new ThoughtParameters.Problem("outloud.thought.error.question-too-long", List.of("300"))), tooLong.problems());
        assertEquals("q".repeat(299) + "\u2026", tooLong.question());
    }

    // A question's length is in code points, as a person counts letters: an emoji is one, not two UTF-16 units.
    // (Before 659d0a4 the first cut counted UTF-16 units, halving a question of emoji without a problem noted.)
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aQuestionOfThreeHundredEmoji_isKeptWhole() {
        ThoughtParameters fine = ThoughtParameters.read(Map.of("question", EMOJI.repeat(300)));

        assertEquals(List.of(), fine.problems());
        assertEquals(EMOJI.repeat(300), fine.question(), "kept whole, as a 300-letter question is");
    }

    @Test
    void aQuestionOfFourHundredEmoji_isAProblem() {
        ThoughtParameters tooLong = ThoughtParameters.read(Map.of("question", EMOJI.repeat(400)));

        assertEquals(List.of("outloud.thought.error.question-too-long"), problemKeys(tooLong));
        assertEquals(300, tooLong.question().codePointCount(0, tooLong.question().length()));
    }

    @Test
    void aQuestionWithEmoji_isNeverCutInsideOne() {
        for (int count : new int[]{149, 150, 151, 300, 400}) {
            String question = ThoughtParameters.read(Map.of("question", "q" + EMOJI.repeat(count))).question();
            assertFalse(Character.isHighSurrogate(question.charAt(question.length() - 1)), "ends inside an emoji: " + count);
            assertTrue(question.codePointCount(0, question.length()) <= ThoughtParameters.MAX_QUESTION);
        }
    }

    @Test
    void aQuestionOfThreeHundredCharacters_countsWhitespaceRunsAsOne() {
        String spaced = "q ".repeat(150) + "\n\n\n   ";

        ThoughtParameters read = ThoughtParameters.read(Map.of("question", spaced));

        assertEquals(List.of(), read.problems());
        assertEquals(299, read.question().length(), "trimmed, single spaces");
    }

    @Test
    void aHugeQuestion_isCutQuickly_andNotedOnce() {
        String huge = "<b>x</b> ".repeat(200_000);

        ThoughtParameters read = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> ThoughtParameters.read(Map.of("question", huge)));

        assertEquals(List.of("outloud.thought.error.question-too-long"), problemKeys(read));
        assertEquals(300, read.question().length());
        assertTrue(read.question().endsWith("\u2026"));
    }

    @Test
    void markupInTheQuestion_isKeptAsPlainText() {
        String hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> &amp; \"quoted\"";

        ThoughtParameters read = ThoughtParameters.read(Map.of("question", hostile));

        assertEquals(hostile, read.question(), "the template escapes it; nothing here turns it into markup or strips it");
        assertEquals(List.of(), read.problems());
    }

    @Test
    void anUnknownStage_isAProblem_andReadsAsSeed() {
        for (String stage : List.of("done", "ripe!", "<script>", "s".repeat(100_000), "seed,ripe")) {
            ThoughtParameters read = ThoughtParameters.read(Map.of("stage", stage));
            assertEquals(ThoughtStage.SEED, read.stage());
            assertEquals(List.of(new ThoughtParameters.Problem("outloud.thought.error.stage", List.of("seed, growing, ripe"))), read.problems());
        }
    }

    @Test
    void anUnknownFeedbackFrom_isAProblem_andReadsAsViewers() {
        ThoughtParameters read = ThoughtParameters.read(Map.of("feedback-from", "friends", "community", "design"));

        assertEquals(List.of(new ThoughtParameters.Problem("outloud.thought.error.feedback-from", List.of("viewers, community"))), read.problems());
        assertEquals("", read.community());
        assertFalse(read.communityOnly());
    }

    @Test
    void aBadCommunityKey_isAProblem() {
        for (String community : List.of("design team", "design/team", "-design", "_design", "d".repeat(51), "<b>x</b>", "d\u00e9sign", "x".repeat(100_000))) {
            ThoughtParameters read = ThoughtParameters.read(Map.of("feedback-from", "community", "community", community));
            assertEquals(List.of("outloud.thought.error.community", "outloud.thought.error.community-missing"), problemKeys(read), community);
            assertEquals("", read.community());
        }
        assertEquals(List.of(), ThoughtParameters.read(Map.of("feedback-from", "community", "community", "d".repeat(50))).problems());
        assertEquals(List.of(), ThoughtParameters.read(Map.of("feedback-from", "community", "community", "0")).problems());
        assertEquals(List.of("outloud.thought.error.community"),
                problemKeys(ThoughtParameters.read(Map.of("community", "design team"))), "a bad key is noted even where it would not count");
    }

    @Test
    void feedbackFromACommunity_withoutOne_isAProblem() {
        ThoughtParameters read = ThoughtParameters.read(Map.of("feedback-from", "community"));

        assertEquals(List.of(new ThoughtParameters.Problem("outloud.thought.error.community-missing", List.of())), read.problems());
    }

    @Test
    void anUnknownVisibility_isAProblem_andReadsAsTheSaferAuthorOnly() {
        for (String visibility : List.of("nobody", "all", "everyone!", "v".repeat(100_000))) {
            ThoughtParameters read = ThoughtParameters.read(Map.of("feedback-visible-to", visibility));
            assertFalse(read.visibleToAll(), visibility);
            assertEquals(List.of(new ThoughtParameters.Problem("outloud.thought.error.visible-to", List.of("everyone, author"))), read.problems());
        }
    }

    @Test
    void aBadRipenByDate_isAProblem_andReadsAsNoDate() {
        for (String date : List.of("31.12.2026", "2026-02-30", "2026-13-01", "tomorrow", "2026-12-31T10:00", "9".repeat(100_000))) {
            ThoughtParameters read = ThoughtParameters.read(Map.of("ripen-by", date));
            assertNull(read.ripenBy(), date);
            assertEquals(List.of(new ThoughtParameters.Problem("outloud.thought.error.ripen-by", List.of())), read.problems(), date);
        }
        assertEquals(LocalDate.of(2028, 2, 29), ThoughtParameters.read(Map.of("ripen-by", " 2028-02-29 ")).ripenBy());
    }

    @Test
    void everyProblemAtOnce_isNotedInParameterOrder() {
        ThoughtParameters read = ThoughtParameters.read(Map.of("question", "q".repeat(400), "stage", "done", "feedback-from", "friends",
                "community", "Bad Key", "feedback-visible-to", "nobody", "ripen-by", "soon"));

        assertEquals(List.of("outloud.thought.error.question-too-long", "outloud.thought.error.stage", "outloud.thought.error.feedback-from",
                "outloud.thought.error.community", "outloud.thought.error.visible-to", "outloud.thought.error.ripen-by"), problemKeys(read));
        assertEquals(new ThoughtParameters("q".repeat(299) + "\u2026", ThoughtStage.SEED, false, "", false, null, false, read.problems()), read);
    }

    @Test
    void problems_cannotBeChangedAfterwards() {
        ThoughtParameters read = ThoughtParameters.read(Map.of("stage", "done"));

        assertEquals(1, read.problems().size());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> read.problems().add(new ThoughtParameters.Problem("x", List.of())));
    }
}
