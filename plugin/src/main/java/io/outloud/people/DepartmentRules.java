package io.outloud.people;

import io.outloud.common.OutloudException;
import io.outloud.common.text.WrittenText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the site decides a person's department, as a site admin sets it: from the profile's department field (the
 * default), or from an ordered mapping of user groups to departments, where a person is in the department of the first
 * mapped group they belong to. Confluence keeps no list of every department, so with profiles the admin may list them.
 *
 * <p>The mapping is written one line per group, {@code group-name = Department name}; the list one department per line.
 * Blank lines are ignored; each has at most {@value #MAX_LINES} lines.
 */
public record DepartmentRules(DepartmentSource source, List<GroupDepartment> groups, List<String> listed) {
    public static final int MAX_LINES = 200;
    public static final int MAX_NAME_LENGTH = 255;
    public static final DepartmentRules DEFAULT = new DepartmentRules(DepartmentSource.PROFILE, List.of(), List.of());

    private static final int SHOWN_LINE = 80;

    /** One line of the mapping: the members of this group (matched without regard to case) are in this department. */
    public record GroupDepartment(String group, String department) {
        public GroupDepartment {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(department, "department");
        }
    }

    public DepartmentRules {
        Objects.requireNonNull(source, "source");
        groups = List.copyOf(groups);
        listed = List.copyOf(listed);
    }

    public boolean fromGroups() {
        return source == DepartmentSource.GROUPS;
    }

    /** The department of the first mapped group among these (the groups a person is in); empty when none is mapped. */
    public Optional<String> departmentOfGroups(Collection<String> groupNames) {
        if (groupNames == null || groupNames.isEmpty()) {
            return Optional.empty();
        }
        Set<String> theirs = new HashSet<>();
        for (String name : groupNames) {
            if (name != null) {
                theirs.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return groups.stream().filter(line -> theirs.contains(line.group().toLowerCase(Locale.ROOT)))
                .map(GroupDepartment::department).findFirst();
    }

    /** The departments the site knows: the mapped ones with groups, the listed ones with profiles; in the admin's order. */
    public Set<String> knownDepartments() {
        Set<String> known = new LinkedHashSet<>();
        if (fromGroups()) {
            groups.forEach(line -> known.add(line.department()));
        } else {
            known.addAll(listed);
        }
        return Collections.unmodifiableSet(known);
    }

    /** The mapping as the admin writes it; {@link #parseGroups} reads it back. */
    public String groupsText() {
        StringBuilder text = new StringBuilder();
        for (GroupDepartment line : groups) {
            text.append(text.isEmpty() ? "" : "\n").append(line.group()).append(" = ").append(line.department());
        }
        return text.toString();
    }

    /** The list of departments, one per line; {@link #parseList} reads it back. */
    public String listedText() {
        return String.join("\n", listed);
    }

    /** A mapping as the admin wrote it, checked by {@link #parseGroups} and written as {@link #groupsText} writes it. */
    public static String normalisedGroups(String text) {
        return new DepartmentRules(DepartmentSource.GROUPS, parseGroups(text), List.of()).groupsText();
    }

    /** A list of departments as the admin wrote it, checked by {@link #parseList}, one per line. */
    public static String normalisedList(String text) {
        return String.join("\n", parseList(text));
    }

    /**
     * Reads a mapping, one {@code group-name = Department name} per line (split at the first "="). A line without a group
     * or a department, a name longer than {@value #MAX_NAME_LENGTH} characters, a group mapped twice or more than
     * {@value #MAX_LINES} lines are refused, naming the line.
     */
    public static List<GroupDepartment> parseGroups(String text) {
        List<GroupDepartment> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> raw = WrittenText.lines(text);
        for (int i = 0; i < raw.size(); i++) {
            String line = name(raw.get(i));
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            int equals = line.indexOf('=');
            String group = equals < 0 ? "" : line.substring(0, equals).strip();
            String department = equals < 0 ? "" : line.substring(equals + 1).strip();
            if (WrittenText.isBlank(group) || WrittenText.isBlank(department)) {
                throw OutloudException.invalid("outloud.people.error.group-line", number, shown(line));
            }
            requireShort(number, group);
            requireShort(number, department);
            if (!seen.add(group.toLowerCase(Locale.ROOT))) {
                throw OutloudException.invalid("outloud.people.error.group-twice", number, shown(group));
            }
            lines.add(new GroupDepartment(group, department));
            if (lines.size() > MAX_LINES) {
                throw OutloudException.invalid("outloud.people.error.too-many-lines", MAX_LINES);
            }
        }
        return lines;
    }

    /** Reads a list of departments, one per line; the same department twice is kept once. */
    public static List<String> parseList(String text) {
        Set<String> departments = new LinkedHashSet<>();
        List<String> raw = WrittenText.lines(text);
        for (int i = 0; i < raw.size(); i++) {
            String department = name(raw.get(i));
            if (department.isEmpty()) {
                continue;
            }
            requireShort(i + 1, department);
            departments.add(department);
            if (departments.size() > MAX_LINES) {
                throw OutloudException.invalid("outloud.people.error.too-many-lines", MAX_LINES);
            }
        }
        return List.copyOf(departments);
    }

    /**
     * Rules as stored: the source's code and the two texts, each already checked when it was saved. Anything that no
     * longer reads (an unknown source, a line edited in the database by hand) falls back to the default.
     */
    public static DepartmentRules stored(String sourceCode, String groupsText, String listedText) {
        DepartmentSource source = DepartmentSource.fromCode(sourceCode).orElse(DepartmentSource.PROFILE);
        List<GroupDepartment> groups;
        List<String> listed;
        try {
            groups = parseGroups(groupsText);
        } catch (OutloudException unreadable) {
            groups = List.of();
        }
        try {
            listed = parseList(listedText);
        } catch (OutloudException unreadable) {
            listed = List.of();
        }
        return new DepartmentRules(source, groups, listed);
    }

    /** A line of the admin's text through {@link WrittenText} as one line; invisible-only counts as a blank line. */
    private static String name(String raw) {
        String clean = WrittenText.clean(raw, WrittenText.Shape.LINE);
        return WrittenText.isBlank(clean) ? "" : clean;
    }

    private static void requireShort(int number, String name) {
        if (WrittenText.length(name) > MAX_NAME_LENGTH) {
            throw OutloudException.invalid("outloud.people.error.name-too-long", number, MAX_NAME_LENGTH);
        }
    }

    private static String shown(String line) {
        return line.length() <= SHOWN_LINE ? line : line.substring(0, SHOWN_LINE) + "\u2026";
    }
}
