package io.outloud.wol.macro;

import io.outloud.wol.BlockStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

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
}
