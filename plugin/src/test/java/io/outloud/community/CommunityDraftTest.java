package io.outloud.community;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What someone asked a community to be, checked; each refusal names its message. */
class CommunityDraftTest {

    private static void refused(String key, Serializable[] arguments, Executable draft) {
        OutloudException e = assertThrows(OutloudException.class, draft);
        assertEquals(Failure.INVALID_INPUT, e.failure());
        assertEquals(key, e.messageKey());
        assertArrayEquals(arguments, e.arguments(), key);
    }

    private static Serializable[] args(Serializable... arguments) {
        return arguments;
    }

    @Test
    void aFullDraft_isCleaned() {
        CommunityDraft draft = CommunityDraft.of("  Data\n Science\t Club ", "  How we learn\nfrom data\u0007  ", " Closed ", "AI, data  ml,ai");

        assertEquals("Data Science Club", draft.name());
        assertEquals("How we learn\nfrom data", draft.curiosity(), "new lines kept, other control characters dropped");
        assertEquals(Community.Access.CLOSED, draft.access());
        assertEquals(List.of("ai", "data", "ml"), draft.labels(), "lower case, in order, once each");
    }

    @Test
    void onlyAName_isOpen_withoutCuriosityOrLabels() {
        CommunityDraft draft = CommunityDraft.of("Design", null, null, null);

        assertEquals("Design", draft.name());
        assertEquals("", draft.curiosity());
        assertEquals(Community.Access.OPEN, draft.access());
        assertEquals(List.of(), draft.labels());
        assertEquals(Community.Access.OPEN, CommunityDraft.of("Design", "", "", " ").access());
        assertEquals(Community.Access.OPEN, CommunityDraft.of("Design", "", " OPEN ", "").access());
    }

    @Test
    void aMissingName_isRefused() {
        refused("outloud.community.error.name-missing", args(), () -> CommunityDraft.of(null, "x", "open", ""));
        refused("outloud.community.error.name-missing", args(), () -> CommunityDraft.of("", "x", "open", ""));
        refused("outloud.community.error.name-missing", args(), () -> CommunityDraft.of(" \n\t ", "x", "open", ""));
    }

    @Test
    void aNameOfEightyCharacters_isTaken_oneMoreIsRefused() {
        assertEquals(80, CommunityDraft.of("n".repeat(80), "", "", "").name().length());
        String emoji = "\uD83D\uDE00".repeat(80); // 80 characters, 160 UTF-16 units
        assertEquals(emoji, CommunityDraft.of(emoji, "", "", "").name(), "characters are counted, not UTF-16 units");

        refused("outloud.community.error.name-too-long", args(80), () -> CommunityDraft.of("n".repeat(81), "", "", ""));
        refused("outloud.community.error.name-too-long", args(80), () -> CommunityDraft.of("\uD83D\uDE00".repeat(81), "", "", ""));
    }

    @Test
    void aCuriosityOfFiveHundredCharacters_isTaken_oneMoreIsRefused() {
        assertEquals(500, CommunityDraft.of("Design", "c".repeat(500), "", "").curiosity().length());
        assertEquals(500, CommunityDraft.of("Design", "  " + "c".repeat(500) + "\n", "", "").curiosity().length(), "trimmed first");

        refused("outloud.community.error.curiosity-too-long", args(500), () -> CommunityDraft.of("Design", "c".repeat(501), "", ""));
    }

    @Test
    void anAccessOtherThanOpenOrClosed_isRefused() {
        refused("outloud.community.error.access", args("open, closed"), () -> CommunityDraft.of("Design", "", "private", ""));
        refused("outloud.community.error.access", args("open, closed"), () -> CommunityDraft.of("Design", "", "opened", ""));
    }

    @Test
    void aLabelThatIsNoKey_isRefused_namingIt() {
        refused("outloud.community.error.label", args("science?"), () -> CommunityDraft.of("Design", "", "", "data, science?"));
        refused("outloud.community.error.label", args("-ai"), () -> CommunityDraft.of("Design", "", "", "-ai"));
        refused("outloud.community.error.label", args("café"), () -> CommunityDraft.of("Design", "", "", "café"));
        refused("outloud.community.error.label", args("x".repeat(50) + "\u2026"), () -> CommunityDraft.of("Design", "", "", "x".repeat(51)));
    }

    @Test
    void labelsOfFiftyCharacters_areKeys() {
        assertEquals(List.of("x".repeat(50), "0-day_club"), CommunityDraft.of("Design", "", "", "X".repeat(50) + " 0-day_club").labels());
    }

    @Test
    void tenLabels_areTaken_elevenAreRefused() {
        String ten = IntStream.rangeClosed(1, 10).mapToObj(i -> "l" + i).collect(Collectors.joining(","));
        assertEquals(10, CommunityDraft.of("Design", "", "", ten).labels().size());
        assertEquals(10, CommunityDraft.of("Design", "", "", ten + ",L1, l2").labels().size(), "a label given twice is one");

        refused("outloud.community.error.too-many-labels", args(10), () -> CommunityDraft.of("Design", "", "", ten + ",l11"));
    }
}
