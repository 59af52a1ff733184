package io.outloud.community;

import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every community the viewer may see, searched, filtered by label and by a department present, and sorted by
 * activity, size or name; and, for a signed-in viewer, communities that would connect them with departments they
 * have not met yet (neither their own nor one in a community of theirs). A fixed number of queries, whatever the
 * number of communities and members.
 */
public class CommunityDirectory {
    public static final int SUGGESTIONS = 3;

    public enum Sort {
        ACTIVITY, SIZE, NAME;

        static Sort of(String code) {
            if (code == null || code.isBlank()) {
                return ACTIVITY;
            }
            try {
                return valueOf(code.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw OutloudException.invalid("outloud.community.error.sort", "activity, size, name");
            }
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Entry(Community community, int members, Map<String, Integer> departments, Instant activeAt, boolean viewerIsMember) {
        /** Named departments present (members without one are not a department). */
        public int departmentCount() {
            return (int) departments.keySet().stream().filter(d -> !d.isEmpty()).count();
        }
    }

    public record Suggestion(Entry entry, List<String> newDepartments) {
    }

    /** One listing: the entries that match, the suggestions, and what the filters can choose from. */
    public record Listing(List<Entry> entries, List<Suggestion> suggestions, List<String> labels, List<String> departments, Sort sort) {
    }

    private final CommunityStore communities;
    private final CommunityMembers members;
    private final CommunityService service;
    private final PersonDirectory people;
    private final Viewer viewer;

    public CommunityDirectory(CommunityStore communities, CommunityMembers members, CommunityService service, PersonDirectory people, Viewer viewer) {
        this.communities = Objects.requireNonNull(communities);
        this.members = Objects.requireNonNull(members);
        this.service = Objects.requireNonNull(service);
        this.people = Objects.requireNonNull(people);
        this.viewer = Objects.requireNonNull(viewer);
    }

    public Listing list(String query, String label, String department, String sortCode) {
        Sort sort = Sort.of(sortCode);
        String words = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (words.length() > 100) {
            throw OutloudException.invalid("outloud.community.error.query-too-long", 100);
        }
        String wantedLabel = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        String wantedDepartment = department == null ? "" : department.strip();
        Map<String, Map<String, Integer>> departments = members.departmentsOfAll();
        Map<String, Instant> activity = communities.activity();
        Optional<String> me = viewer.userKey();
        Map<String, Membership> memberships = me.map(members::membershipsOf).orElse(Map.of());
        Set<String> mine = new HashSet<>();
        memberships.forEach((key, membership) -> {
            if (membership.isMember()) {
                mine.add(key);
            }
        });

        List<Entry> visible = new ArrayList<>();
        for (Community community : communities.all()) {
            if (!service.mayView(community, memberships)) {
                continue;
            }
            Map<String, Integer> counts = departments.getOrDefault(community.key(), Map.of());
            visible.add(new Entry(community, counts.values().stream().mapToInt(Integer::intValue).sum(), counts,
                    activity.getOrDefault(community.key(), community.createdAt()), mine.contains(community.key())));
        }
        Set<String> labels = new TreeSet<>();
        Set<String> presentDepartments = new TreeSet<>();
        visible.forEach(e -> {
            labels.addAll(e.community().labels());
            e.departments().keySet().stream().filter(d -> !d.isEmpty()).forEach(presentDepartments::add);
        });

        List<Entry> entries = new ArrayList<>(visible.stream()
                .filter(e -> words.isEmpty() || e.community().name().toLowerCase(Locale.ROOT).contains(words)
                        || e.community().curiosity().toLowerCase(Locale.ROOT).contains(words))
                .filter(e -> wantedLabel.isEmpty() || e.community().labels().contains(wantedLabel))
                .filter(e -> wantedDepartment.isEmpty() || e.departments().containsKey(wantedDepartment))
                .toList());
        entries.sort(switch (sort) {
            case ACTIVITY -> Comparator.comparing(Entry::activeAt).reversed().thenComparing(e -> e.community().name());
            case SIZE -> Comparator.comparingInt(Entry::members).reversed().thenComparing(e -> e.community().name());
            case NAME -> Comparator.comparing((Entry e) -> e.community().name().toLowerCase(Locale.ROOT));
        });
        return new Listing(entries, me.map(key -> suggestions(key, visible, memberships.keySet())).orElse(List.of()), new ArrayList<>(labels),
                new ArrayList<>(presentDepartments), sort);
    }

    /**
     * Communities the person is not in (nor asked to join, nor invited to), with the most departments they have not
     * met, at most three.
     */
    private List<Suggestion> suggestions(String me, List<Entry> visible, Set<String> belongs) {
        Set<String> met = new HashSet<>();
        people.people(List.of(me)).getOrDefault(me, Person.unknown(me)).departmentIfKnown().ifPresent(met::add);
        visible.stream().filter(Entry::viewerIsMember).forEach(e -> met.addAll(e.departments().keySet()));
        met.add("");
        List<Suggestion> suggestions = new ArrayList<>();
        for (Entry entry : visible) {
            if (belongs.contains(entry.community().key())) {
                continue;
            }
            List<String> fresh = entry.departments().keySet().stream().filter(d -> !met.contains(d)).sorted().toList();
            if (!fresh.isEmpty()) {
                suggestions.add(new Suggestion(entry, fresh));
            }
        }
        suggestions.sort(Comparator.comparingInt((Suggestion s) -> s.newDepartments().size()).reversed()
                .thenComparing(Comparator.comparingInt((Suggestion s) -> s.entry().members()).reversed())
                .thenComparing(s -> s.entry().community().name()));
        return suggestions.subList(0, Math.min(SUGGESTIONS, suggestions.size()));
    }
}
