package io.outloud.settings;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.MapSpaceMacroStore;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpaceMacrosTest {
    private static final String THOUGHT = "half-finished-thought";

    private final MapSpaceMacroStore store = new MapSpaceMacroStore();
    private final MapSettingsStore settings = new MapSettingsStore();
    private final FakeViewer viewer = FakeViewer.signedIn("eva");
    /** Eva administers TEAM, Alice ENG; the site admin is "admin". */
    private final Map<String, Set<String>> admins = Map.of("TEAM", Set.of("eva"), "ENG", Set.of("alice"));
    private final SpaceMacros macros = new SpaceMacros(store, settings,
            spaceKey -> viewer.userKey().map(me -> admins.getOrDefault(spaceKey, Set.of()).contains(me)).orElse(false),
            "admin"::equals, viewer);

    @Test
    void everyMacro_isOnEverywhere_untilSomeoneChooses() {
        for (AppMacro macro : AppMacro.values()) {
            assertTrue(macros.isOn(macro, "TEAM"), macro.macroName());
        }
        assertTrue(macros.isOn("some-other-macro", "TEAM"), "a macro that is not the app's is not the app's to switch");
    }

    @Test
    void choose_off_switchesItOffInThatSpaceOnly() {
        macros.choose("TEAM", Map.of(THOUGHT, "off"));

        assertFalse(macros.isOn(AppMacro.THOUGHT, "TEAM"));
        assertTrue(macros.isOn(AppMacro.THOUGHT, "ENG"), "another space is unaffected");
        assertTrue(macros.isOn(AppMacro.BLOCK, "TEAM"), "another macro is unaffected");
    }

    @Test
    void choose_default_followsTheSiteAgain_andTheSiteDefaultHoldsWhereNobodyChose() {
        viewer.become("admin");
        macros.updateSiteDefaults(Map.of(THOUGHT, false));
        viewer.become("eva");
        assertFalse(macros.isOn(AppMacro.THOUGHT, "TEAM"), "the site's default");
        macros.choose("TEAM", Map.of(THOUGHT, "on"));
        assertTrue(macros.isOn(AppMacro.THOUGHT, "TEAM"), "the space's choice wins over the default");
        assertFalse(macros.isOn(AppMacro.THOUGHT, "ENG"));

        macros.choose("TEAM", Map.of(THOUGHT, "default"));

        assertFalse(macros.isOn(AppMacro.THOUGHT, "TEAM"));
        MacroChoice thought = macros.forSpaceAdmin("TEAM").stream().filter(c -> c.macro() == AppMacro.THOUGHT).findFirst().orElseThrow();
        assertEquals(MacroChoice.Choice.DEFAULT, thought.choice());
        assertFalse(thought.siteDefaultOn());
    }

    @Test
    void forSpaceAdmin_listsEveryMacro_withWhatWasChosen() {
        macros.choose("TEAM", Map.of(THOUGHT, "off", "working-out-loud", "on"));

        List<MacroChoice> choices = macros.forSpaceAdmin("TEAM");

        assertEquals(AppMacro.values().length, choices.size());
        assertEquals(MacroChoice.Choice.OFF, choices.get(AppMacro.THOUGHT.ordinal()).choice());
        assertEquals(MacroChoice.Choice.ON, choices.get(AppMacro.BLOCK.ordinal()).choice());
        assertEquals(MacroChoice.Choice.DEFAULT, choices.get(AppMacro.STREAM.ordinal()).choice());
    }

    @Test
    void aNonAdmin_isRefused_toReadOrChoose() {
        OutloudException read = assertThrows(OutloudException.class, () -> macros.forSpaceAdmin("ENG"));
        assertEquals(Failure.NOT_PERMITTED, read.failure());
        assertEquals("outloud.space.error.not-admin", read.messageKey());
        OutloudException write = assertThrows(OutloudException.class, () -> macros.choose("ENG", Map.of(THOUGHT, "off")));
        assertEquals(Failure.NOT_PERMITTED, write.failure());
        assertTrue(macros.isOn(AppMacro.THOUGHT, "ENG"), "nothing changed");
    }

    @Test
    void anAnonymousPerson_isAskedToSignIn() {
        viewer.become(null);
        assertEquals(Failure.NOT_AUTHENTICATED, assertThrows(OutloudException.class, () -> macros.forSpaceAdmin("TEAM")).failure());
    }

    @Test
    void aSpaceKeyThatCannotBeOne_isNotFound() {
        assertEquals(Failure.NOT_FOUND, assertThrows(OutloudException.class, () -> macros.forSpaceAdmin("TEAM/../ENG")).failure());
        assertEquals(Failure.NOT_FOUND, assertThrows(OutloudException.class, () -> macros.forSpaceAdmin(null)).failure());
    }

    @Test
    void choose_checksEveryChoiceBeforeSavingAny() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(THOUGHT, "off");
        choices.put("no-such-macro", "off");
        OutloudException unknown = assertThrows(OutloudException.class, () -> macros.choose("TEAM", choices));
        assertEquals("outloud.space.error.macro", unknown.messageKey());
        assertEquals("no-such-macro", unknown.arguments()[0]);

        OutloudException badChoice = assertThrows(OutloudException.class, () -> macros.choose("TEAM", Map.of(THOUGHT, "maybe")));
        assertEquals("outloud.space.error.choice", badChoice.messageKey());
        assertEquals(Failure.INVALID_INPUT, badChoice.failure());
        assertTrue(macros.isOn(AppMacro.THOUGHT, "TEAM"), "nothing was saved");
    }

    @Test
    void siteDefaults_areForSiteAdminsOnly() {
        assertEquals(Failure.NOT_PERMITTED, assertThrows(OutloudException.class, () -> macros.siteDefaults()).failure());
        assertEquals(Failure.NOT_PERMITTED, assertThrows(OutloudException.class, () -> macros.updateSiteDefaults(Map.of(THOUGHT, false))).failure());
        viewer.become("admin");
        assertTrue(macros.siteDefaults().get(THOUGHT));
        assertFalse(macros.updateSiteDefaults(Map.of(THOUGHT, false)).get(THOUGHT));
        assertEquals("outloud.space.error.macro",
                assertThrows(OutloudException.class, () -> macros.updateSiteDefaults(Map.of("nope", true))).messageKey());
    }
}
