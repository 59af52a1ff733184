package io.outloud.settings.web;

/** The preferences page's view model. Public getters only: they are on the Velocity allowlist. */
public final class PreferencesView {
    private final boolean hideMyName;

    PreferencesView(boolean hideMyName) {
        this.hideMyName = hideMyName;
    }

    public boolean isHideMyName() {
        return hideMyName;
    }
}
