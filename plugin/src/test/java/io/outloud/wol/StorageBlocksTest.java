package io.outloud.wol;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorageBlocksTest {
    private static final String ID_1 = "5f1c3e2a-8d4b-4c7e-9a61-0b2d3c4e5f60";
    private static final String ID_2 = "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";
    private static final Duration FAST = Duration.ofSeconds(3);

    private static String block(String id, String status) {
        String parameter = status == null ? "" : "<ac:parameter ac:name=\"status\">" + status + "</ac:parameter>";
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + parameter + "<ac:parameter ac:name=\"working-on\">Onboarding guide</ac:parameter></ac:structured-macro>";
    }

    @Test
    void find_returnsEachBlocksIdAndStatus_inPageOrder() {
        String storage = "<p>Intro</p>" + block(ID_1, "stuck") + "<p>Between</p>" + block(ID_2, "done");

        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.STUCK), new BlockOccurrence(ID_2, BlockStatus.DONE)),
                StorageBlocks.find(storage));
    }

    @Test
    void find_readsEveryStatusCode_trimmedAndInAnyCase() {
        for (BlockStatus status : BlockStatus.values()) {
            assertEquals(List.of(new BlockOccurrence(ID_1, status)), StorageBlocks.find(block(ID_1, status.code())));
        }
        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.EXPLORING)), StorageBlocks.find(block(ID_1, "  Exploring\n")));
    }

    @Test
    void find_ignoresOtherMacros_andWorkingOutLoudMacrosWithoutAnId() {
        String storage = "<ac:structured-macro ac:name=\"info\" ac:macro-id=\"" + ID_2 + "\">"
                + "<ac:parameter ac:name=\"status\">done</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"working-out-loud-digest\" ac:macro-id=\"x-1\"></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"working-out-loud\"><ac:parameter ac:name=\"status\">done</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"<script>\"></ac:structured-macro>"
                + "<p>ac:name=\"working-out-loud\" ac:macro-id=\"text-only\"</p>"
                + block(ID_1, "stuck");

        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.STUCK)), StorageBlocks.find(storage));
    }

    @Test
    void find_readsAttributesInAnyOrder_andWithSpacesAroundTheEqualsSign() {
        String storage = "<ac:structured-macro ac:macro-id=\"" + ID_1 + "\" ac:schema-version=\"1\" ac:name=\"working-out-loud\">"
                + "<ac:parameter ac:name=\"status\">done</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro\n  ac:macro-id = \"" + ID_2 + "\"\n  ac:name = \"working-out-loud\">"
                + "<ac:parameter ac:name = \"status\" >stuck</ac:parameter></ac:structured-macro>";

        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.DONE), new BlockOccurrence(ID_2, BlockStatus.STUCK)),
                StorageBlocks.find(storage));
    }

    @Test
    void find_withoutAStatusParameter_isInProgress() {
        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.IN_PROGRESS)), StorageBlocks.find(block(ID_1, null)));
        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.IN_PROGRESS)),
                StorageBlocks.find("<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + ID_1 + "\" />"));
        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.IN_PROGRESS)), StorageBlocks.find(block(ID_1, "")));
    }

    @Test
    void find_withAnUnknownStatus_isInProgress() {
        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.IN_PROGRESS)), StorageBlocks.find(block(ID_1, "blocked")));
        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.IN_PROGRESS)), StorageBlocks.find(block(ID_1, "in_progress")));
    }

    @Test
    void find_nestedMacroInARichBody_doesNotStealTheStatus() {
        String storage = "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + ID_1 + "\">"
                + "<ac:parameter ac:name=\"working-on\">x</ac:parameter>"
                + "<ac:rich-text-body><p>Notes</p>"
                + "<ac:structured-macro ac:name=\"status\" ac:macro-id=\"s-1\"><ac:parameter ac:name=\"status\">done</ac:parameter>"
                + "</ac:structured-macro>"
                + "</ac:rich-text-body></ac:structured-macro>";

        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.IN_PROGRESS)), StorageBlocks.find(storage));
    }

    @Test
    void find_nestedBlockInARichBody_keepsItsOwnStatus_andTheOuterKeepsTheirs() {
        String storage = "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + ID_1 + "\">"
                + "<ac:rich-text-body>" + block(ID_2, "stuck") + "</ac:rich-text-body></ac:structured-macro>";

        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.IN_PROGRESS), new BlockOccurrence(ID_2, BlockStatus.STUCK)),
                StorageBlocks.find(storage));
    }

    @Test
    void find_theNextMacrosStatus_doesNotLeakIntoABlockWithoutOne() {
        String storage = "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + ID_1 + "\"/>"
                + "<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"status\">done</ac:parameter></ac:structured-macro>";

        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.IN_PROGRESS)), StorageBlocks.find(storage));
    }

    @Test
    void find_ofNothing_isEmpty() {
        assertTrue(StorageBlocks.find(null).isEmpty());
        assertTrue(StorageBlocks.find("").isEmpty());
        assertTrue(StorageBlocks.find("<p>No blocks here</p>").isEmpty());
    }

    @Test
    void find_overMalformedMarkup_doesNotThrow() {
        for (String storage : List.of("<ac:structured-macro", "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"a",
                "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + ID_1 + "\"><ac:parameter ac:name=\"status\">done",
                "<<<>>>\"\"\u0000\uFFFF", "</ac:structured-macro></ac:rich-text-body>")) {
            List<BlockOccurrence> found = StorageBlocks.find(storage);
            assertTrue(found.size() <= 1, storage);
        }
    }

    @Test
    void find_overManyBlocks_findsThemAll() {
        StringBuilder storage = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            storage.append(block("m-" + i, i % 2 == 0 ? "done" : null));
        }

        List<BlockOccurrence> found = assertTimeoutPreemptively(FAST, () -> StorageBlocks.find(storage.toString()));

        assertEquals(5_000, found.size());
        assertEquals(new BlockOccurrence("m-4998", BlockStatus.DONE), found.get(4998));
        assertEquals(new BlockOccurrence("m-4999", BlockStatus.IN_PROGRESS), found.get(4999));
    }

    @Test
    void find_overManyUnclosedStartTags_staysFast() {
        String storage = "<ac:structured-macro ac:name=\"working-out-loud\" ".repeat(40_000);

        assertTrue(assertTimeoutPreemptively(FAST, () -> StorageBlocks.find(storage)).isEmpty());
    }

    @Test
    void find_overAHugeUnclosedStatusParameter_staysFast() {
        String storage = "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + ID_1 + "\">"
                + "<ac:parameter ac:name=\"status\">" + " ".repeat(2_000_000);

        assertEquals(List.of(new BlockOccurrence(ID_1, BlockStatus.IN_PROGRESS)),
                assertTimeoutPreemptively(FAST, () -> StorageBlocks.find(storage)));
    }

    @Test
    void find_overAHugeAttributeList_staysFast() {
        String storage = "<ac:structured-macro " + "ac:name=\"x\" ".repeat(200_000) + "ac:name=\"working-out-loud\" ac:macro-id=\"a\">";

        assertTimeoutPreemptively(FAST, () -> StorageBlocks.find(storage));
    }

    @Test
    void find_overManyStatusParametersWithoutAnEnd_staysFast() {
        String storage = "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + ID_1 + "\">"
                + "<ac:parameter ac:name=\"status\">  ".repeat(50_000);

        assertTimeoutPreemptively(FAST, () -> StorageBlocks.find(storage));
    }

    @Test
    void answers_readsTheRequestNumberOfEachBlock_andIgnoresAnythingElse() {
        String storage = answering(ID_1, "42") + answering(ID_2, " #7 ")
                + answering("id-3", "0") + answering("id-4", "-5") + answering("id-5", "12a") + answering("id-6", "1234567890")
                + "<ac:structured-macro ac:name=\"info\" ac:macro-id=\"id-7\"><ac:parameter ac:name=\"answers\">9</ac:parameter></ac:structured-macro>"
                + block("id-8", "done");

        assertEquals(java.util.Map.of(ID_1, 42L, ID_2, 7L), StorageBlocks.answers(storage));
        assertTrue(StorageBlocks.answers(null).isEmpty());
    }

    @Test
    void answers_overManyUnclosedParameters_staysFast() {
        String storage = "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"x\">"
                + "<ac:parameter ac:name=\"answers\">1".repeat(50_000);

        assertTimeoutPreemptively(FAST, () -> StorageBlocks.answers(storage));
    }

    private static String answering(String id, String number) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + id + "\">"
                + "<ac:parameter ac:name=\"answers\">" + number + "</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>";
    }
}
