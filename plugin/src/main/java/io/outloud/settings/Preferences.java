package io.outloud.settings;

/** One person's choices: whether they are left out of every list of names, who saw or who reacted (they are still counted). */
public record Preferences(boolean hideMyName) {
    static final String HIDE_MY_NAME = "seen.hide-my-name";
}
