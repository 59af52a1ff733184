package io.outloud.thought;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.outloud.thought.ThoughtMarkup.macro;
import static io.outloud.thought.ThoughtMarkup.thought;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorageThoughtsTest {
    private static final String ID_1 = "5f1c3e2a-8d4b-4c7e-9a61-0b2d3c4e5f60";
    private static final String ID_2 = "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";
    private static final Duration FAST = Duration.ofSeconds(3);

    @Test
    void find_returnsEachThoughtById_withItsParameters_inPageOrder() {
        String storage = "<p>Intro</p>" + thought(ID_2, "question", "Second first?", "stage", "growing") + "<p>Between</p>"
                + thought(ID_1, "feedback-visible-to", "author");

        Map<String, ThoughtParameters> found = StorageThoughts.find(storage);

        assertEquals(List.of(ID_2, ID_1), List.copyOf(found.keySet()));
        assertEquals("Second first?", found.get(ID_2).question());
        assertEquals(ThoughtStage.GROWING, found.get(ID_2).stage());
        assertTrue(found.get(ID_2).visibleToAll());
        assertFalse(found.get(ID_1).visibleToAll());
        assertEquals(ThoughtStage.SEED, found.get(ID_1).stage());
    }

    @Test
    void find_ignoresOtherMacros_andThoughtsWithoutAUsableId() {
        String storage = macro("working-out-loud", "b-1", "question", "not a thought")
                + macro("half-finished-thoughts", "x-1")
                + macro("info", "x-2", "stage", "ripe")
                + "<ac:structured-macro ac:name=\"half-finished-thought\"><ac:parameter ac:name=\"stage\">ripe</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"half-finished-thought\" ac:macro-id=\"&lt;script&gt;\"></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"half-finished-thought\" ac:macro-id=\"" + "a".repeat(65) + "\"></ac:structured-macro>"
                + "<p>ac:name=\"half-finished-thought\" ac:macro-id=\"text-only\"</p>"
                + thought(ID_1, "stage", "ripe");

        Map<String, ThoughtParameters> found = StorageThoughts.find(storage);

        assertEquals(List.of(ID_1), List.copyOf(found.keySet()));
        assertEquals(ThoughtStage.RIPE, found.get(ID_1).stage());
    }

    @Test
    void find_unescapesParameterValues_once() {
        String storage = "<ac:structured-macro ac:name=\"half-finished-thought\" ac:macro-id=\"" + ID_1 + "\">"
                + "<ac:parameter ac:name=\"question\">&lt;b&gt;Fish &amp; chips&lt;/b&gt; &quot;now&quot; &#39;or&apos; &amp;lt;later&amp;gt;</ac:parameter>"
                + "</ac:structured-macro>";

        assertEquals("<b>Fish & chips</b> \"now\" 'or' &lt;later&gt;", StorageThoughts.find(storage).get(ID_1).question());
    }

    @Test
    void find_readsEscapedMarkupInTheQuestion_asPlainText() {
        String hostile = "<script>alert(\"x\")</script><img src=x onerror=alert(1)>";

        assertEquals(hostile, StorageThoughts.find(thought(ID_1, "question", hostile)).get(ID_1).question());
    }

    @Test
    void find_ofTheSameIdTwice_keepsTheFirst() {
        String storage = thought(ID_1, "stage", "growing") + thought(ID_1, "stage", "ripe");

        Map<String, ThoughtParameters> found = StorageThoughts.find(storage);

        assertEquals(1, found.size());
        assertEquals(ThoughtStage.GROWING, found.get(ID_1).stage());
    }

    @Test
    void find_aNestedMacroInTheBody_doesNotLendItsParameters() {
        String storage = "<ac:structured-macro ac:name=\"half-finished-thought\" ac:macro-id=\"" + ID_1 + "\">"
                + "<ac:rich-text-body><p>Notes</p>"
                + "<ac:structured-macro ac:name=\"status\" ac:macro-id=\"s-1\"><ac:parameter ac:name=\"stage\">ripe</ac:parameter>"
                + "<ac:parameter ac:name=\"question\">stolen</ac:parameter></ac:structured-macro>"
                + thought(ID_2, "stage", "growing")
                + "</ac:rich-text-body></ac:structured-macro>";

        Map<String, ThoughtParameters> found = StorageThoughts.find(storage);

        assertEquals(List.of(ID_1, ID_2), List.copyOf(found.keySet()));
        assertEquals(ThoughtStage.SEED, found.get(ID_1).stage());
        assertEquals("", found.get(ID_1).question());
        assertEquals(ThoughtStage.GROWING, found.get(ID_2).stage());
    }

    @Test
    void find_theNextMacrosParameters_doNotLeakIntoAThoughtWithoutAny() {
        String storage = "<ac:structured-macro ac:name=\"half-finished-thought\" ac:macro-id=\"" + ID_1 + "\"/>"
                + macro("info", "i-1", "stage", "ripe", "feedback-visible-to", "author");

        ThoughtParameters read = StorageThoughts.find(storage).get(ID_1);

        assertEquals(ThoughtStage.SEED, read.stage());
        assertTrue(read.visibleToAll());
    }

    @Test
    void find_keepsTheProblemsOfEachThought() {
        Map<String, ThoughtParameters> found = StorageThoughts.find(thought(ID_1, "stage", "done") + thought(ID_2));

        assertEquals(List.of("outloud.thought.error.stage"), found.get(ID_1).problems().stream().map(ThoughtParameters.Problem::key).toList());
        assertEquals(List.of(), found.get(ID_2).problems());
    }

    @Test
    void find_ofNothing_isEmpty() {
        assertTrue(StorageThoughts.find(null).isEmpty());
        assertTrue(StorageThoughts.find("").isEmpty());
        assertTrue(StorageThoughts.find("<p>No thoughts here</p>").isEmpty());
    }

    @Test
    void find_overMalformedMarkup_doesNotThrow() {
        for (String storage : List.of("<ac:structured-macro", "<ac:structured-macro ac:name=\"half-finished-thought\" ac:macro-id=\"a",
                "<ac:structured-macro ac:name=\"half-finished-thought\" ac:macro-id=\"" + ID_1 + "\"><ac:parameter ac:name=\"stage\">ripe",
                "<<<>>>\"\"\u0000\uFFFF", "</ac:structured-macro></ac:rich-text-body>")) {
            assertTrue(StorageThoughts.find(storage).size() <= 1, storage);
        }
    }

    @Test
    void find_overManyThoughts_findsThemAll_quickly() {
        StringBuilder storage = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            storage.append(i % 2 == 0 ? thought("t-" + i, "stage", "growing") : thought("t-" + i));
        }

        Map<String, ThoughtParameters> found = assertTimeoutPreemptively(FAST, () -> StorageThoughts.find(storage.toString()));

        assertEquals(5_000, found.size());
        assertEquals(ThoughtStage.GROWING, found.get("t-4998").stage());
        assertEquals(ThoughtStage.SEED, found.get("t-4999").stage());
    }

    @Test
    void find_overManyUnclosedStartTags_staysFast() {
        String storage = "<ac:structured-macro ac:name=\"half-finished-thought\" ".repeat(40_000);

        assertTrue(assertTimeoutPreemptively(FAST, () -> StorageThoughts.find(storage)).isEmpty());
    }
}
