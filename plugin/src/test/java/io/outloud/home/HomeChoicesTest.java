package io.outloud.home;

import io.outloud.testing.MapSettingsStore;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HomeChoicesTest {
    private final MapSettingsStore store = new MapSettingsStore();
    private final HomeChoices choices = new HomeChoices(store);

    @Test
    void byDefault_nothingIsDismissed_andSuggestionsAreOn() {
        assertEquals(new HomeChoices.Chosen(Set.of(), true), choices.of("bruno"));
    }

    @Test
    void dismissedSteps_areRememberedPerPerson_andAddUp() {
        choices.dismiss("bruno", NextStep.FIRST_THOUGHT);
        choices.dismiss("bruno", NextStep.REACT_IN_COMMUNITY);
        choices.dismiss("bruno", NextStep.FIRST_THOUGHT);
        assertEquals(Set.of(NextStep.FIRST_THOUGHT, NextStep.REACT_IN_COMMUNITY), choices.of("bruno").dismissed());
        assertEquals(Set.of(), choices.of("alice").dismissed());
    }

    @Test
    void suggestions_canBeSwitchedOffAndOnAgain() {
        choices.suggest("bruno", false);
        assertFalse(choices.of("bruno").suggestions());
        assertTrue(choices.of("alice").suggestions());
        choices.suggest("bruno", true);
        assertTrue(choices.of("bruno").suggestions());
    }

    @Test
    void aStoredCodeThatNoLongerExists_isIgnored() {
        store.putPreference("bruno", "homeDismissed", "gone,first-thought");
        assertEquals(Set.of(NextStep.FIRST_THOUGHT), choices.of("bruno").dismissed());
    }
}
