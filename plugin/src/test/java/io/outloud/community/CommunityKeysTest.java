package io.outloud.community;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A community's key, made once from its name. */
class CommunityKeysTest {

    @Test
    void symbolsAndSpaces_becomeOneHyphen_andNoneIsLeftAtTheEnds() {
        assertEquals("data-design", CommunityKeys.fromName("Data & Design"));
        assertEquals("data-science-2-0", CommunityKeys.fromName("Data Science 2.0"));
        assertEquals("hello-world", CommunityKeys.fromName("  --Hello,   World!--  "));
        assertEquals("c-c", CommunityKeys.fromName("C++ / C#"));
        assertEquals("r-d-lab", CommunityKeys.fromName("R&D <Lab>"));
        assertEquals("under-score", CommunityKeys.fromName("under_score"), "an underscore is a symbol in a name, though keys may have one");
    }

    @Test
    void accents_areFolded_andLettersLowerCased() {
        assertEquals("cafe-creme", CommunityKeys.fromName("Café Crème"));
        assertEquals("uber-naive-senor", CommunityKeys.fromName("Über naïve señor"));
        assertEquals("angstrom", CommunityKeys.fromName("ÅNGSTRÖM"));
        assertEquals("istanbul", CommunityKeys.fromName("İstanbul"), "the dot above is a mark, folded away");
    }

    @Test
    void aLongName_isCutAtFiftyCharacters_withoutATrailingHyphen() {
        assertEquals("a".repeat(50), CommunityKeys.fromName("A".repeat(60)));
        String cutAtAHyphen = CommunityKeys.fromName("a".repeat(49) + " bcd");
        assertEquals("a".repeat(49), cutAtAHyphen, "the 50th character was the hyphen");
        String cutInAWord = CommunityKeys.fromName("a".repeat(45) + " bcdefgh");
        assertEquals("a".repeat(45) + "-bcde", cutInAWord);
        assertEquals(50, cutInAWord.length());
        assertTrue(CommunityKeys.isKey(cutAtAHyphen));
        assertTrue(CommunityKeys.isKey(cutInAWord));
    }

    @Test
    void aNameWithoutLatinLettersOrDigits_getsAKeyFromItsHash() throws Exception {
        String japanese = CommunityKeys.fromName("日本語の会");
        assertTrue(japanese.matches("c-[0-9a-f]{10}"), japanese);
        assertEquals("c-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("日本語の会".getBytes(StandardCharsets.UTF_8)), 0, 5), japanese);
        assertEquals(japanese, CommunityKeys.fromName("  日本語の会 "), "the same name, the same key");
        assertTrue(CommunityKeys.isKey(japanese));

        String greek = CommunityKeys.fromName("Κοινότητα");
        String symbols = CommunityKeys.fromName("!!! ???");
        assertTrue(greek.matches("c-[0-9a-f]{10}"), greek);
        assertTrue(symbols.matches("c-[0-9a-f]{10}"), symbols);
        assertNotEquals(japanese, greek);
        assertNotEquals(greek, symbols);
    }

    @Test
    void aNameWithSomeLatinLetters_keepsThemOnly() {
        assertEquals("ai", CommunityKeys.fromName("AI 人工知能"));
        assertEquals("2026", CommunityKeys.fromName("٢ 2026"));
    }

    @Test
    void isKey_acceptsLowerCaseLettersDigitsHyphensAndUnderscores_upToFifty() {
        assertTrue(CommunityKeys.isKey("design"));
        assertTrue(CommunityKeys.isKey("0-day_club"));
        assertTrue(CommunityKeys.isKey("a".repeat(50)));
        assertFalse(CommunityKeys.isKey("a".repeat(51)));
        assertFalse(CommunityKeys.isKey(null));
        assertFalse(CommunityKeys.isKey(""));
        assertFalse(CommunityKeys.isKey("-design"));
        assertFalse(CommunityKeys.isKey("_design"));
        assertFalse(CommunityKeys.isKey("Design"));
        assertFalse(CommunityKeys.isKey("data science"));
        assertFalse(CommunityKeys.isKey("design/alice"));
        assertFalse(CommunityKeys.isKey("café"));
    }
}
