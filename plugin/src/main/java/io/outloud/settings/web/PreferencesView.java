package io.outloud.settings.web;

/** The preferences page's view model. Public getters only: they are on the Velocity allowlist. */
public final class PreferencesView {
    private final boolean hideMyName;
    private final String openTo;
    private final int openToMaxLength;
    private final String noticesUrl;

    PreferencesView(boolean hideMyName, String openTo, int openToMaxLength, String noticesUrl) {
        this.hideMyName = hideMyName;
        this.openTo = openTo;
        this.openToMaxLength = openToMaxLength;
        this.noticesUrl = noticesUrl;
    }

    /** The person's own notification list. */
    public String getNoticesUrl() {
        return noticesUrl;
    }

    public boolean isHideMyName() {
        return hideMyName;
    }

    /** What the person is open to talk about, as they wrote it ("" for nothing). */
    public String getOpenTo() {
        return openTo;
    }

    public int getOpenToMaxLength() {
        return openToMaxLength;
    }
}
