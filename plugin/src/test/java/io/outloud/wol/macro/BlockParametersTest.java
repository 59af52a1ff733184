package io.outloud.wol.macro;

import io.outloud.wol.BlockStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockParametersTest {

    private static BlockParameters parse(Map<String, String> parameters) {
        return BlockParameters.parse(parameters).orElseThrow();
    }

    @Test
    void parse_withoutParameters_isInProgressWithNothingWorkedOn() {
        BlockParameters parameters = parse(Map.of());

        assertEquals(BlockStatus.IN_PROGRESS, parameters.status());
        assertEquals("", parameters.workingOn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void parse_blankStatus_defaultsToInProgress(String status) {
        assertEquals(BlockStatus.IN_PROGRESS, parse(Map.of("status", status)).status());
    }

    @Test
    void parse_eachStatusCode_isRead() {
        for (BlockStatus status : BlockStatus.values()) {
            assertEquals(status, parse(Map.of("status", status.code())).status());
        }
        assertEquals(BlockStatus.STUCK, parse(Map.of("status", " Stuck ")).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"blocked", "in_progress", "IN PROGRESS", "<b>done</b>", "done!"})
    void parse_unknownStatus_isRefusedNotGuessed(String status) {
        assertTrue(BlockParameters.parse(Map.of("status", status, "working-on", "x")).isEmpty());
    }

    @Test
    void parse_workingOn_isTrimmedToOneLine() {
        BlockParameters parameters = parse(Map.of("working-on", "  The new\r\nonboarding\t\tguide \n "));

        assertEquals("The new onboarding guide", parameters.workingOn());
    }

    @Test
    void parse_workingOnAtTheLimit_isKeptWhole() {
        String text = "w".repeat(BlockParameters.MAX_WORKING_ON);

        assertEquals(text, parse(Map.of("working-on", text)).workingOn());
    }

    @Test
    void parse_longerWorkingOn_isCutTo200CharactersIncludingTheEllipsis() {
        String workingOn = parse(Map.of("working-on", "w".repeat(10_000))).workingOn();

        assertEquals(200, BlockParameters.MAX_WORKING_ON);
        assertEquals(BlockParameters.MAX_WORKING_ON, workingOn.length());
        assertEquals("w".repeat(199) + "…", workingOn);
    }

    @Test
    void parse_workingOn_isMeasuredAfterCollapsingWhitespace() {
        String text = "a" + " \n ".repeat(300) + "b";

        assertEquals("a b", parse(Map.of("working-on", text)).workingOn());
    }

    @Test
    void parse_cuttingWorkingOn_doesNotSplitASurrogatePair() {
        String text = "w".repeat(198) + "😀😀😀";

        String workingOn = parse(Map.of("working-on", text)).workingOn();

        assertTrue(workingOn.length() <= BlockParameters.MAX_WORKING_ON);
        assertTrue(workingOn.endsWith("…"));
        for (int i = 0; i < workingOn.length(); i++) {
            char c = workingOn.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < workingOn.length() && Character.isLowSurrogate(workingOn.charAt(i + 1)), "lone high surrogate at " + i);
            }
        }
        assertFalse(workingOn.contains("\ufffd"));
    }

    @Test
    void parse_withoutParameters_hasNoNotesCommunityOrLabels() {
        BlockParameters parameters = parse(Map.of());

        assertEquals("", parameters.learned());
        assertEquals("", parameters.helpWanted());
        assertEquals("", parameters.community());
        assertEquals(List.of(), parameters.labels());
    }

    @Test
    void parse_learnedAndHelpWanted_areTrimmedToOneLine() {
        BlockParameters parameters = parse(Map.of("learned", "  Small\n\nsteps  ", "help-wanted", "\tA review\r\nplease "));

        assertEquals("Small steps", parameters.learned());
        assertEquals("A review please", parameters.helpWanted());
    }

    @Test
    void parse_notes_areCutAt500CharactersIncludingTheEllipsis() {
        String atLimit = "n".repeat(BlockParameters.MAX_NOTE);
        BlockParameters parameters = parse(Map.of("learned", "l".repeat(10_000), "help-wanted", atLimit));

        assertEquals(500, BlockParameters.MAX_NOTE);
        assertEquals("l".repeat(499) + "…", parameters.learned());
        assertEquals(atLimit, parameters.helpWanted(), "a note at the limit is kept whole");
        assertEquals("h".repeat(499) + "…", parse(Map.of("help-wanted", "h".repeat(501))).helpWanted());
    }

    @Test
    void parse_labels_areSplitByCommaOrSpace_andLowerCased() {
        BlockParameters parameters = parse(Map.of("labels", " Onboarding, docs  Team_A,,\tq4-plan ,"));

        assertEquals(List.of("onboarding", "docs", "team_a", "q4-plan"), parameters.labels());
    }

    @Test
    void parse_labels_dropWhatCouldNotBeAKey_andDuplicates() {
        BlockParameters parameters = parse(Map.of("labels",
                "ok <script>alert(1)</script> a.b -leading _under über " + "x".repeat(51) + " OK ok " + "y".repeat(50)));

        assertEquals(List.of("ok", "y".repeat(50)), parameters.labels());
    }

    @Test
    void parse_labels_keepAtMost10() {
        String labels = IntStream.range(0, 25).mapToObj(i -> "l" + i).collect(Collectors.joining(","));

        List<String> parsed = parse(Map.of("labels", labels)).labels();

        assertEquals(BlockParameters.MAX_LABELS, parsed.size());
        assertEquals(10, BlockParameters.MAX_LABELS);
        assertEquals(IntStream.range(0, 10).mapToObj(i -> "l" + i).toList(), parsed);
    }

    @Test
    void parse_labels_droppedOnesDoNotCountTowardsTheLimit() {
        String labels = "<b> ".repeat(20) + "a b c";

        assertEquals(List.of("a", "b", "c"), parse(Map.of("labels", labels)).labels());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "team a", "a.b", "-team", "über", "\"x\""})
    void parse_communityThatCouldNotBeAKey_isDropped(String community) {
        assertEquals("", parse(Map.of("community", community)).community());
    }

    @Test
    void parse_community_isTrimmedAndLowerCased() {
        assertEquals("design-guild", parse(Map.of("community", "  Design-Guild ")).community());
        assertEquals("c" + "x".repeat(49), parse(Map.of("community", "c" + "x".repeat(49))).community());
        assertEquals("", parse(Map.of("community", "c" + "x".repeat(50))).community(), "longer than a key");
    }
}
