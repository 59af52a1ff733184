package io.outloud.settings.web;

import io.outloud.settings.SiteSettings;

import java.util.List;
import java.util.Set;

/** The settings page's view model. Public getters only: they are on the Velocity allowlist. */
public final class SiteSettingsView {
    private final boolean namesToAuthors;
    private final int minGroupSize;
    private final int maxMinGroupSize;
    private final List<Choice> reactorNames;
    private final boolean unnamedFeedback;
    private final int waitingDays;
    private final int maxWaitingDays;
    private final List<Choice> departmentSources;
    private final String departmentGroups;
    private final String departments;
    private final Set<String> locked;

    SiteSettingsView(boolean namesToAuthors, int minGroupSize, int maxMinGroupSize, List<Choice> reactorNames, boolean unnamedFeedback,
                     int waitingDays, int maxWaitingDays, List<Choice> departmentSources, String departmentGroups, String departments,
                     Set<String> locked) {
        this.locked = Set.copyOf(locked);
        this.departmentSources = List.copyOf(departmentSources);
        this.departmentGroups = departmentGroups;
        this.departments = departments;
        this.unnamedFeedback = unnamedFeedback;
        this.waitingDays = waitingDays;
        this.maxWaitingDays = maxWaitingDays;
        this.namesToAuthors = namesToAuthors;
        this.minGroupSize = minGroupSize;
        this.maxMinGroupSize = maxMinGroupSize;
        this.reactorNames = List.copyOf(reactorNames);
    }

    public boolean isNamesToAuthors() {
        return namesToAuthors;
    }

    public int getMinGroupSize() {
        return minGroupSize;
    }

    public int getMaxMinGroupSize() {
        return maxMinGroupSize;
    }

    public List<Choice> getReactorNames() {
        return reactorNames;
    }

    public boolean isUnnamedFeedback() {
        return unnamedFeedback;
    }

    public int getWaitingDays() {
        return waitingDays;
    }

    public int getMaxWaitingDays() {
        return maxWaitingDays;
    }

    /** Where departments come from: profile or groups, one of them selected. */
    public List<Choice> getDepartmentSources() {
        return departmentSources;
    }

    /** The mapping of groups to departments, one "group = Department" per line. */
    public String getDepartmentGroups() {
        return departmentGroups;
    }

    /** The site's departments (with departments from profiles), one per line. */
    public String getDepartments() {
        return departments;
    }

    /** Whether the organisation's agreement fixes who sees the names of readers (then the page shows it read-only). */
    public boolean isNamesToAuthorsLocked() {
        return locked.contains(SiteSettings.NAMES_TO_AUTHORS);
    }

    public boolean isMinGroupSizeLocked() {
        return locked.contains(SiteSettings.MIN_GROUP_SIZE);
    }

    public boolean isReactorNamesLocked() {
        return locked.contains(SiteSettings.REACTOR_NAMES);
    }

    public boolean isUnnamedFeedbackLocked() {
        return locked.contains(SiteSettings.UNNAMED_FEEDBACK);
    }

    /** The smallest minimum group size anyone may set. */
    public int getMinMinGroupSize() {
        return SiteSettings.MIN_GROUP_SIZE_FLOOR;
    }

    /** One option of a choice (who sees who reacted, where departments come from). */
    public static final class Choice {
        private final String code;
        private final String label;
        private final boolean selected;

        Choice(String code, String label, boolean selected) {
            this.code = code;
            this.label = label;
            this.selected = selected;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public boolean isSelected() {
            return selected;
        }
    }
}
