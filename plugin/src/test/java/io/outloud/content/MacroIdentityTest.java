package io.outloud.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MacroIdentityTest {

    @Test
    void acceptsAConfluenceMacroIdPageAndSpace() {
        MacroIdentity identity = new MacroIdentity("0d5b1c1e-8a0e-4c1b-9f4a-3f0e6f2b9a11", 42L, "DEV");
        assertEquals(42L, identity.pageId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<script>alert(1)</script>", "a b", "x'; DROP TABLE AO_1;--"})
    void refusesMacroIdsThatAreNotIds(String macroId) {
        assertThrows(IllegalArgumentException.class, () -> new MacroIdentity(macroId, 1L, "DEV"));
    }

    @Test
    void refusesAnOverlongMacroIdWithoutEchoingItWhole() {
        String huge = "a".repeat(10_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MacroIdentity(huge, 1L, "DEV"));
        assertEquals(true, e.getMessage().length() < 100, "message stays short: " + e.getMessage().length());
    }

    @Test
    void refusesPageIdsThatCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> new MacroIdentity("abc", 0L, "DEV"));
        assertThrows(IllegalArgumentException.class, () -> new MacroIdentity("abc", -5L, "DEV"));
    }

    @Test
    void refusesSpaceKeysWithMarkup() {
        assertThrows(IllegalArgumentException.class, () -> new MacroIdentity("abc", 1L, "<b>DEV</b>"));
    }
}
