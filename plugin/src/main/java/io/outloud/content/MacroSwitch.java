package io.outloud.content;

/**
 * Port: whether one of the app's macros is switched on in a space (its space admins choose; a site-wide default holds
 * for spaces that have not). A switched-off macro keeps its data but takes nothing new.
 */
public interface MacroSwitch {
    /** Every macro on everywhere: for hosts and tests that have no switches. */
    MacroSwitch ALL_ON = (macroName, spaceKey) -> true;

    boolean isOn(String macroName, String spaceKey);
}
