package io.outloud.settings;

import java.util.Map;

/** Persistence port for the space admins' choices of macros: per space, macro name to on (true) or off (false). */
public interface SpaceMacroStore {

    /** The choices made for this space, in one query; a macro not in it follows the site default. */
    Map<String, Boolean> choices(String spaceKey);

    /** On, off, or (null) back to the site default. */
    void choose(String spaceKey, String macroName, Boolean on);
}
