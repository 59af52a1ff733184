package io.outloud.testing;

import io.outloud.settings.SpaceMacroStore;

import java.util.HashMap;
import java.util.Map;

/** The spaces' choices of macros in memory, counting reads (what a cache in front of the store saves). */
public final class MapSpaceMacroStore implements SpaceMacroStore {
    private final Map<String, Map<String, Boolean>> spaces = new HashMap<>();
    private int reads;

    public int reads() {
        return reads;
    }

    @Override
    public Map<String, Boolean> choices(String spaceKey) {
        reads++;
        return Map.copyOf(spaces.getOrDefault(spaceKey, Map.of()));
    }

    @Override
    public void choose(String spaceKey, String macroName, Boolean on) {
        Map<String, Boolean> space = spaces.computeIfAbsent(spaceKey, k -> new HashMap<>());
        if (on == null) {
            space.remove(macroName);
        } else {
            space.put(macroName, on);
        }
    }
}
