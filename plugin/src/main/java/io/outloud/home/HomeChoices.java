package io.outloud.home;

import io.outloud.settings.SettingsStore;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person chose on their My Out Loud page, kept with their other preferences (so their data download and erasure
 * already cover it): the next steps they dismissed, and whether the page suggests anything at all.
 */
public class HomeChoices {
    static final String DISMISSED = "homeDismissed";
    static final String SUGGESTIONS = "homeSuggestions";

    private final SettingsStore store;

    public HomeChoices(SettingsStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** One person's choices, in one read. */
    public Chosen of(String userKey) {
        Map<String, String> preferences = store.preferences(userKey);
        Set<NextStep> dismissed = EnumSet.noneOf(NextStep.class);
        Arrays.stream(preferences.getOrDefault(DISMISSED, "").split(",")).map(NextStep::fromCode).flatMap(Optional::stream).forEach(dismissed::add);
        return new Chosen(dismissed, !"off".equals(preferences.get(SUGGESTIONS)));
    }

    public void dismiss(String userKey, NextStep step) {
        Set<NextStep> dismissed = EnumSet.copyOf(of(userKey).withStep(step));
        store.putPreference(userKey, DISMISSED, dismissed.stream().map(NextStep::code).collect(Collectors.joining(",")));
    }

    public void suggest(String userKey, boolean on) {
        store.putPreference(userKey, SUGGESTIONS, on ? "on" : "off");
    }

    /** The dismissed steps, and whether suggestions are on. */
    public record Chosen(Set<NextStep> dismissed, boolean suggestions) {
        public Chosen {
            dismissed = Set.copyOf(dismissed);
        }

        Set<NextStep> withStep(NextStep step) {
            Set<NextStep> all = EnumSet.of(step);
            all.addAll(dismissed);
            return all;
        }
    }
}
