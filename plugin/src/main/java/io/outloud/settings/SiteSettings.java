package io.outloud.settings;

import io.outloud.people.DepartmentRules;

import java.util.Map;

/**
 * Site-wide rules a site admin sets: whether block authors see the names of who read their blocks (off by
 * default), the smallest group whose size is shown as a number (smaller ones read "a few"), and who sees the names
 * of the people who reacted (the block's author only by default); whether feedback on half-finished thoughts may
 * be given without the giver's name where a thought's author invites it (off by default), and after how many
 * untouched days an open thought is marked as waiting; and where people's departments come from (their profiles by
 * default, or user groups mapped to departments).
 */
public record SiteSettings(boolean namesToAuthors, int minGroupSize, ReactorNames reactorNames, boolean unnamedFeedback, int waitingDays,
                           DepartmentRules departments) {
    public static final int DEFAULT_MIN_GROUP_SIZE = 5;
    /** No count of people below this is ever shown, whatever is stored or fixed: works councils' usual floor. */
    public static final int MIN_GROUP_SIZE_FLOOR = 5;
    public static final int MAX_MIN_GROUP_SIZE = 1000;
    public static final int DEFAULT_WAITING_DAYS = 14;
    public static final int MAX_WAITING_DAYS = 365;
    public static final SiteSettings DEFAULTS = new SiteSettings(false, DEFAULT_MIN_GROUP_SIZE, ReactorNames.AUTHOR, false, DEFAULT_WAITING_DAYS);

    public static final String NAMES_TO_AUTHORS = "seen.names-to-authors";
    public static final String MIN_GROUP_SIZE = "seen.min-group-size";
    public static final String REACTOR_NAMES = "reactions.names";
    public static final String UNNAMED_FEEDBACK = "thoughts.unnamed-feedback";
    static final String WAITING_DAYS = "thoughts.waiting-days";
    static final String DEPARTMENT_SOURCE = "people.department-source";
    static final String DEPARTMENT_GROUPS = "people.department-groups";
    public static final String DEPARTMENTS = "people.departments";

    public SiteSettings {
        minGroupSize = Math.max(MIN_GROUP_SIZE_FLOOR, minGroupSize);
        departments = departments == null ? DepartmentRules.DEFAULT : departments;
    }

    /** Settings with departments from profiles (the default). */
    public SiteSettings(boolean namesToAuthors, int minGroupSize, ReactorNames reactorNames, boolean unnamedFeedback, int waitingDays) {
        this(namesToAuthors, minGroupSize, reactorNames, unnamedFeedback, waitingDays, DepartmentRules.DEFAULT);
    }

    static SiteSettings from(Map<String, String> stored) {
        boolean names = "true".equals(stored.get(NAMES_TO_AUTHORS));
        int min = bounded(stored.get(MIN_GROUP_SIZE), DEFAULT_MIN_GROUP_SIZE, MIN_GROUP_SIZE_FLOOR, MAX_MIN_GROUP_SIZE);
        ReactorNames reactors = ReactorNames.fromCode(stored.get(REACTOR_NAMES)).orElse(DEFAULTS.reactorNames());
        return new SiteSettings(names, min, reactors, "true".equals(stored.get(UNNAMED_FEEDBACK)),
                bounded(stored.get(WAITING_DAYS), DEFAULT_WAITING_DAYS, 1, MAX_WAITING_DAYS),
                DepartmentRules.stored(stored.get(DEPARTMENT_SOURCE), stored.get(DEPARTMENT_GROUPS), stored.get(DEPARTMENTS)));
    }

    private static int bounded(String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
