package io.outloud.common.text;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WrittenTextTest {
    private static final String MISSING = "test.missing";
    private static final String TOO_LONG = "test.too-long";

    /** A field as a service keeps it: required, at most 10 characters; what it answers is what would be stored. */
    private static String field(String text, WrittenText.Shape shape) {
        return WrittenText.required(text, shape, 10, MISSING, TOO_LONG);
    }

    @Test
    void hostileCorpus_asARequiredFieldOfSeveralLines() {
        HostileTexts.assertEveryCase("several lines", WrittenText.Shape.LINES, MISSING,
                text -> WrittenText.required(text, WrittenText.Shape.LINES, 100, MISSING, TOO_LONG));
    }

    @Test
    void hostileCorpus_asARequiredOneLineField() {
        HostileTexts.assertEveryCase("one line", WrittenText.Shape.LINE, MISSING,
                text -> WrittenText.required(text, WrittenText.Shape.LINE, 100, MISSING, TOO_LONG));
    }

    @Test
    void hostileCorpus_asAnOptionalField_blankBecomesEmpty() {
        HostileTexts.assertEveryCase("optional", WrittenText.Shape.LINES, null,
                text -> WrittenText.optional(text, WrittenText.Shape.LINES, 100, TOO_LONG));
        assertEquals("", WrittenText.optional(null, WrittenText.Shape.LINE, 100, TOO_LONG));
    }

    @Test
    void blankAfterInvisibleCharacters_isRefusedWithTheFieldsOwnMessage() {
        OutloudException e = assertThrows(OutloudException.class, () -> field("\u200B\u202E\u0000 ", WrittenText.Shape.LINES));
        assertEquals(Failure.INVALID_INPUT, e.failure());
        assertEquals(MISSING, e.messageKey());
        assertThrows(OutloudException.class, () -> field(null, WrittenText.Shape.LINE));
    }

    @Test
    void loneSurrogates_areRefused_pairsAreKept() {
        for (String lone : HostileTexts.LONE_SURROGATES) {
            OutloudException e = assertThrows(OutloudException.class, () -> WrittenText.clean(lone, WrittenText.Shape.LINES), HostileTexts.escaped(lone));
            assertEquals(Failure.INVALID_INPUT, e.failure());
            assertEquals("outloud.common.error.text-unreadable", e.messageKey());
        }
        assertEquals("\uD83D\uDE00", WrittenText.clean("\uD83D\uDE00", WrittenText.Shape.LINE));
    }

    @Test
    void lengthIsCountedInCodePoints_anEmojiIsOne() {
        String tenEmoji = "\uD83C\uDF89".repeat(10);
        assertEquals(tenEmoji, field(tenEmoji, WrittenText.Shape.LINE), "20 chars, 10 code points: within 10");
        OutloudException e = assertThrows(OutloudException.class, () -> field(tenEmoji + "x", WrittenText.Shape.LINE));
        assertEquals(TOO_LONG, e.messageKey());
        assertArrayEquals(new Object[]{10}, e.arguments());
        assertEquals("a".repeat(10), field("a".repeat(10) + "\u0000\u202E", WrittenText.Shape.LINE), "removed characters do not count");
    }

    @Test
    void controlsAreRemovedBeforeLengthAndBlankChecks_andCleaningTwiceChangesNothing() {
        for (HostileTexts.Kept kept : HostileTexts.KEPT) {
            for (WrittenText.Shape shape : WrittenText.Shape.values()) {
                String once = WrittenText.clean(kept.text(), shape);
                assertEquals(once, WrittenText.clean(once, shape), kept.id());
                assertFalse(once.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)), kept.id());
            }
        }
    }

    @Test
    void oneLineFields_foldEveryRunOfWhitespace_severalLinesKeepTheirBreaks() {
        assertEquals("a b c", WrittenText.clean("a \n\n\t b\u2028c", WrittenText.Shape.LINE));
        assertEquals("a \n\n\t b\nc", WrittenText.clean("a \r\n\r\n\t b\u2028c", WrittenText.Shape.LINES));
    }

    @Test
    void visibleFormatCharacters_andCombiningMarksAlone_areNotBlank() {
        assertFalse(WrittenText.isBlank("\u0600\u0661"), "the Arabic number sign is shown");
        assertFalse(WrittenText.isBlank("\u0301"), "a combining mark shows on a dotted circle");
        assertTrue(WrittenText.isBlank("\u200B\u2060\uFEFF"));
        assertEquals(3, WrittenText.length("a\uD83D\uDE00b"));
    }
}
