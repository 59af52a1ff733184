package io.outloud.community;

import io.outloud.common.Keyset;
import io.outloud.common.OutloudException;
import io.outloud.common.PageRequest;
import io.outloud.common.Viewer;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
 * activity, size or name, a page at a time (keyset per sort order); and, for a signed-in viewer, communities that
 * would connect them with departments they have not met yet (neither their own nor one in a community of theirs).
 * It reads the communities' own rows and their counters, never their memberships: its work does not grow with the
 * number of communities or members.
 */
public class CommunityDirectory {
    public static final int SUGGESTIONS = 3;
    /** Suggestions are drawn from this many of the communities with the most departments. */
    static final int SUGGESTION_CANDIDATES = 50;
    /** At most this many communities are examined for one page (some may be hidden from the viewer). */
    static final int MAX_EXAMINED = 200;

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

        /** Where a community stands in this order: the keyset of a page that ends with it. */
        Keyset position(CommunityStore.Counted counted) {
            return switch (this) {
                case ACTIVITY -> new Keyset(counted.activeAt().toEpochMilli(), counted.id());
                case SIZE -> new Keyset(counted.members(), counted.id());
                case NAME -> new Keyset(0, counted.id());
            };
        }
    }

    public record Entry(Community community, int members, int departmentCount, Set<String> departments, Instant activeAt, boolean viewerIsMember) {
    }

    public record Suggestion(Entry entry, List<String> newDepartments) {
    }

    /**
     * One page of a listing: the entries that match, where the next page starts (empty on the last), the
     * suggestions and what the filters offer (on the first page only: the labels and departments of the communities
     * it shows, and the site's departments).
     */
    public record Listing(List<Entry> entries, Optional<Keyset> next, List<Suggestion> suggestions, List<String> labels,
                          List<String> departments, Sort sort) {
        public String nextCursor() {
            return next.map(Keyset::toString).orElse(null);
        }
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

    /** A community of the reader's, with its counters, and the reader's place in it (member, lead, request or invitation). */
    public record Mine(Entry entry, Membership membership) {
    }

    /** A page of the reader's communities, by name; {@code nextOffset} is where the next page starts, or -1. */
    public record MineListing(List<Mine> items, int nextOffset) {
    }

    /**
     * The communities the reader belongs to, has asked to join or is invited to, by name, {@code limit} from
     * {@code offset}: two queries (the reader's memberships, then those communities' rows), whatever the page. A
     * person belongs to few communities, so the whole list is read and paged here. Anonymous readers are refused.
     */
    public MineListing mine(int offset, int limit) {
        String me = viewer.requireUserKey();
        Map<String, Membership> memberships = members.membershipsOf(me);
        List<Mine> all = new ArrayList<>();
        for (CommunityStore.Counted counted : memberships.isEmpty() ? List.<CommunityStore.Counted>of() : communities.counted(memberships.keySet())) {
            if (service.mayView(counted.community(), memberships)) {
                all.add(new Mine(entry(counted, memberships), memberships.get(counted.community().key())));
            }
        }
        all.sort(Comparator.comparing((Mine m) -> m.entry().community().name().toLowerCase(Locale.ROOT))
                .thenComparing(m -> m.entry().community().key()));
        int from = Math.max(0, Math.min(offset, all.size()));
        int to = Math.min(all.size(), from + Math.max(1, limit));
        return new MineListing(List.copyOf(all.subList(from, to)), to < all.size() ? to : -1);
    }

    /**
     * Of these communities (by key), those the reader may see: the reader's memberships and the communities' rows in
     * two queries, whatever their number (a list of what someone follows names many). Unknown keys are left out.
     */
    public Map<String, Community> visibleAmong(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, Membership> memberships = viewer.userKey().map(members::membershipsOf).orElse(Map.of());
        Map<String, Community> visible = new HashMap<>();
        for (CommunityStore.Counted counted : communities.counted(keys)) {
            if (service.mayView(counted.community(), memberships)) {
                visible.put(counted.community().key(), counted.community());
            }
        }
        return visible;
    }

    /** The first page, as the macro shows it. */
    public Listing list(String query, String label, String department, String sortCode) {
        return list(query, label, department, sortCode, PageRequest.first(PageRequest.DEFAULT_LIMIT));
    }

    public Listing list(String query, String label, String department, String sortCode, PageRequest request) {
        Sort sort = Sort.of(sortCode);
        String words = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (words.length() > 100) {
            throw OutloudException.invalid("outloud.community.error.query-too-long", 100);
        }
        CommunityStore.Filter filter = new CommunityStore.Filter(words, label == null ? "" : label.strip().toLowerCase(Locale.ROOT),
                department == null ? "" : department.strip());
        Optional<String> me = viewer.userKey();
        Map<String, Membership> memberships = me.map(members::membershipsOf).orElse(Map.of());

        List<Entry> shown = new ArrayList<>();
        Keyset after = request.after();
        Keyset lastExamined = null;
        int examined = 0;
        boolean more = true;
        while (shown.size() <= request.limit() && more && examined < MAX_EXAMINED) {
            int batch = Math.min(request.fetch() - shown.size() + 4, MAX_EXAMINED - examined);
            List<CommunityStore.Counted> candidates = communities.page(filter, sort, after, batch);
            more = candidates.size() == batch;
            for (CommunityStore.Counted candidate : candidates) {
                examined++;
                after = sort.position(candidate);
                if (service.mayView(candidate.community(), memberships)) {
                    if (shown.size() == request.limit()) {
                        shown.add(null); // one more visible: a next page follows
                        break;
                    }
                    shown.add(entry(candidate, memberships));
                    lastExamined = after;
                } else if (shown.size() < request.limit()) {
                    lastExamined = after;
                }
            }
        }
        Optional<Keyset> next;
        if (!shown.isEmpty() && shown.get(shown.size() - 1) == null) {
            shown.remove(shown.size() - 1);
            next = Optional.of(lastExamined);
        } else if (more && lastExamined != null) {
            next = Optional.of(lastExamined); // the examining stopped at its bound: the next page goes on from there
        } else {
            next = Optional.empty();
        }
        boolean first = request.after() == null;
        Set<String> labels = new TreeSet<>();
        Set<String> presentDepartments = new TreeSet<>();
        if (first) {
            shown.forEach(e -> {
                labels.addAll(e.community().labels());
                presentDepartments.addAll(e.departments());
            });
            people.knownDepartments().stream().filter(d -> !d.isEmpty()).forEach(presentDepartments::add);
        }
        List<Suggestion> suggestions = first ? me.map(key -> suggestions(key, memberships)).orElse(List.of()) : List.of();
        return new Listing(shown, next, suggestions, new ArrayList<>(labels), new ArrayList<>(presentDepartments), sort);
    }

    private static Entry entry(CommunityStore.Counted counted, Map<String, Membership> memberships) {
        Membership mine = memberships.get(counted.community().key());
        return new Entry(counted.community(), counted.members(), counted.departmentCount(), counted.departments(), counted.activeAt(),
                mine != null && mine.isMember());
    }

    /**
     * Among the communities with the most departments, those the person is not in (nor asked to join, nor invited
     * to) that bring the most departments they have not met, at most three.
     */
    private List<Suggestion> suggestions(String me, Map<String, Membership> memberships) {
        Set<String> met = new HashSet<>();
        people.people(List.of(me)).getOrDefault(me, Person.unknown(me)).departmentIfKnown().ifPresent(met::add);
        Set<String> mine = new HashSet<>();
        memberships.forEach((key, membership) -> {
            if (membership.isMember()) {
                mine.add(key);
            }
        });
        communities.counted(mine).forEach(c -> met.addAll(c.departments()));
        List<Suggestion> suggestions = new ArrayList<>();
        for (CommunityStore.Counted candidate : communities.mostDiverse(SUGGESTION_CANDIDATES)) {
            if (memberships.containsKey(candidate.community().key())) {
                continue;
            }
            List<String> fresh = candidate.departments().stream().filter(d -> !met.contains(d)).sorted().toList();
            if (!fresh.isEmpty() && service.mayView(candidate.community(), memberships)) {
                suggestions.add(new Suggestion(entry(candidate, memberships), fresh));
            }
        }
        suggestions.sort(Comparator.comparingInt((Suggestion s) -> s.newDepartments().size()).reversed()
                .thenComparing(Comparator.comparingInt((Suggestion s) -> s.entry().members()).reversed())
                .thenComparing(s -> s.entry().community().name()));
        return suggestions.subList(0, Math.min(SUGGESTIONS, suggestions.size()));
    }
}
