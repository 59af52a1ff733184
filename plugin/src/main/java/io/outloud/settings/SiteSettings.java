package io.outloud.settings;

import java.util.Map;

/**
 * Site-wide rules a site admin sets: whether block authors see the names of who read their blocks (off by
 * default), the smallest group whose size is shown as a number (smaller ones read "a few"), and who sees the names
 * of the people who reacted (the block's author only by default).
 */
public record SiteSettings(boolean namesToAuthors, int minGroupSize, ReactorNames reactorNames) {
    public static final int DEFAULT_MIN_GROUP_SIZE = 5;
    public static final int MAX_MIN_GROUP_SIZE = 1000;
    public static final SiteSettings DEFAULTS = new SiteSettings(false, DEFAULT_MIN_GROUP_SIZE, ReactorNames.AUTHOR);

    static final String NAMES_TO_AUTHORS = "seen.names-to-authors";
    static final String MIN_GROUP_SIZE = "seen.min-group-size";
    static final String REACTOR_NAMES = "reactions.names";

    static SiteSettings from(Map<String, String> stored) {
        boolean names = "true".equals(stored.get(NAMES_TO_AUTHORS));
        int min = DEFAULT_MIN_GROUP_SIZE;
        String value = stored.get(MIN_GROUP_SIZE);
        if (value != null) {
            try {
                min = Math.max(1, Math.min(MAX_MIN_GROUP_SIZE, Integer.parseInt(value)));
            } catch (NumberFormatException e) {
                min = DEFAULT_MIN_GROUP_SIZE;
            }
        }
        ReactorNames reactors = ReactorNames.fromCode(stored.get(REACTOR_NAMES)).orElse(DEFAULTS.reactorNames());
        return new SiteSettings(names, min, reactors);
    }
}
