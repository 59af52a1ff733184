package io.outloud.settings;

import java.util.Arrays;
import java.util.Optional;

/** The app's macros a space admin switches on or off, by the names pages store them under (never renamed). */
public enum AppMacro {
    BLOCK("working-out-loud"),
    STREAM("working-out-loud-stream"),
    SHARE_REQUESTS("working-out-loud-requests"),
    THOUGHT("half-finished-thought"),
    OPEN_THOUGHTS("half-finished-thoughts-mine"),
    COMMUNITY("outloud-community"),
    DIRECTORY("outloud-community-directory");

    private final String macroName;

    AppMacro(String macroName) {
        this.macroName = macroName;
    }

    public String macroName() {
        return macroName;
    }

    /** The i18n key of its name as people read it. */
    public String labelKey() {
        return "io.outloud.confluence." + macroName + ".label"; // the macro browser's name for it
    }

    public static Optional<AppMacro> byName(String macroName) {
        return Arrays.stream(values()).filter(m -> m.macroName.equals(macroName)).findFirst();
    }
}
