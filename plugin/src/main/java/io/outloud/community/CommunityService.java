package io.outloud.community;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.common.text.WrittenText;
import io.outloud.content.PageAccess;
import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Communities' use cases, each checking who may do it: anyone who may see a community reads it (see
 * {@link #mayView}); any signed-in person joins (a closed
 * community records a request that a lead approves, unless a lead invited them); leads manage members, invite,
 * approve, hand the lead role over, change and remove the community; members ask the community for help.
 */
public class CommunityService implements CommunityVisibility {
    public static final int MAX_PAGE = 100;
    /** How far back a member's stream shows their communities' asks. */
    static final Duration ASKS_SHOWN = Duration.ofDays(30);

    private final CommunityStore communities;
    private final CommunityMembers members;
    private final CommunityAskStore asks;
    private final PageAccess pages;
    private final Viewer viewer;
    private final PersonDirectory people;
    private final Notifier notifier;
    private final Clock clock;
    private final List<CommunityRemoval> removals;
    private final CommunityAccess access;

    public CommunityService(CommunityStore communities, CommunityMembers members, CommunityAskStore asks, PageAccess pages, Viewer viewer,
                            PersonDirectory people, Notifier notifier, Clock clock, List<CommunityRemoval> removals) {
        this.communities = Objects.requireNonNull(communities);
        this.members = Objects.requireNonNull(members);
        this.asks = Objects.requireNonNull(asks);
        this.pages = Objects.requireNonNull(pages);
        this.viewer = Objects.requireNonNull(viewer);
        this.people = Objects.requireNonNull(people);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
        this.removals = List.copyOf(removals);
        this.access = new CommunityAccess(pages, viewer, members);
    }

    // ---------------------------------------------------------------- reading

    /** The community if it exists and the viewer may see it; else 404 (so nobody learns what exists unseen). */
    public Community community(String key) {
        return visible(key).orElseThrow(OutloudException::notFound);
    }

    public Optional<Community> visible(String key) {
        if (!CommunityKeys.isKey(key)) {
            return Optional.empty();
        }
        return communities.find(key).filter(this::mayView);
    }

    /** See {@link CommunityAccess}. */
    @Override
    public boolean mayView(Community community) {
        return access.mayView(community);
    }

    /** The same, with the viewer's memberships already at hand (a listing of many communities loads them once). */
    boolean mayView(Community community, Map<String, Membership> viewersMemberships) {
        return access.mayView(community, viewersMemberships);
    }

    /** The community whose home is this macro on this page, if the viewer may see it. */
    public Optional<Community> homedAt(long pageId, String macroId) {
        return communities.homedOn(pageId).stream().filter(c -> c.homeMacroId().equals(macroId)).findFirst().filter(this::mayView);
    }

    /** What the community page shows above its member list. */
    public record Overview(Community community, List<Person> leads, Diversity diversity, Optional<Membership> mine,
                           List<Person> requests, List<Person> invited, Set<String> knownDepartments) {
        public boolean viewerIsLead() {
            return mine.filter(Membership::isLead).isPresent();
        }

        public boolean viewerIsMember() {
            return mine.filter(Membership::isMember).isPresent();
        }
    }

    public Overview overview(String key) {
        return overview(community(key));
    }

    /** The viewer's own membership, request or invitation (none when anonymous); one lookup, not the whole overview. */
    public Optional<Membership> mine(String key) {
        community(key);
        return viewer.userKey().flatMap(me -> members.membership(key, me));
    }

    public Overview overview(Community community) {
        String key = community.key();
        Optional<Membership> mine = viewer.userKey().flatMap(me -> members.membership(key, me));
        boolean lead = mine.filter(Membership::isLead).isPresent();
        List<Membership> leads = members.leads(key);
        List<Membership> requests = lead ? members.inState(key, Membership.State.REQUESTED) : List.of();
        List<Membership> invited = lead ? members.inState(key, Membership.State.INVITED) : List.of();
        Set<String> keys = new LinkedHashSet<>();
        leads.forEach(m -> keys.add(m.userKey()));
        requests.forEach(m -> keys.add(m.userKey()));
        invited.forEach(m -> keys.add(m.userKey()));
        Map<String, Person> found = people.people(keys);
        Set<String> known = people.knownDepartments();
        return new Overview(community, persons(leads, found), Diversity.of(members.departments(key), known), mine,
                persons(requests, found), persons(invited, found), known);
    }

    private static List<Person> persons(List<Membership> memberships, Map<String, Person> found) {
        return memberships.stream().map(m -> found.getOrDefault(m.userKey(), Person.unknown(m.userKey()))).toList();
    }

    /** A member as the member list shows them. */
    public record Member(Person person, Membership membership) {
    }

    /** Members in department order, one page at a time: two queries and one lookup of the people shown. */
    public List<Member> members(String key, String department, int offset, int limit) {
        return members(community(key), department, offset, limit);
    }

    /** The same for the community of an overview this service gave (it checked who may see it): no second look-up. */
    public List<Member> members(Overview overview, String department, int offset, int limit) {
        return members(overview.community(), department, offset, limit);
    }

    private List<Member> members(Community community, String department, int offset, int limit) {
        // One more than a page may be asked for: callers learn so whether there is a next page.
        if (offset < 0 || limit < 1 || limit > MAX_PAGE + 1) {
            throw OutloudException.invalid("outloud.community.error.page", MAX_PAGE);
        }
        List<Membership> page = members.members(community.key(), department, offset, limit);
        Map<String, Person> found = people.people(page.stream().map(Membership::userKey).toList());
        // A department recorded at joining may be out of date: what is shown brings it up to date (for the counts too).
        for (Membership m : page) {
            Person person = found.get(m.userKey());
            String now = person == null || !person.isKnown() ? m.department() : clip(person.departmentIfKnown().orElse(""));
            if (!now.equals(m.department())) {
                members.departmentChanged(m.userKey(), now);
            }
        }
        return page.stream().map(m -> new Member(found.getOrDefault(m.userKey(), Person.unknown(m.userKey())), m)).toList();
    }

    // ---------------------------------------------------------------- making and changing

    /** A signed-in person makes a community and becomes its first lead; a key or name taken is a conflict (409). */
    public Community create(CommunityDraft draft, long homePageId, String homeMacroId) {
        String me = viewer.requireUserKey();
        return createFor(me, draft, homePageId, homeMacroId);
    }

    /** Makes the community with {@code leadKey} as its lead (a page save, whose saver is known, or the form). */
    Community createFor(String leadKey, CommunityDraft draft, long homePageId, String homeMacroId) {
        Instant now = clock.instant();
        Community made;
        try {
            made = communities.create(new Community(CommunityKeys.fromName(draft.name()), draft.name(), draft.curiosity(), draft.access(),
                    draft.labels(), homePageId, homeMacroId, leadKey, now));
        } catch (DuplicateCommunityException e) {
            throw new OutloudException(Failure.CONFLICT, "outloud.community.error.duplicate", draft.name());
        }
        members.put(new Membership(made.key(), leadKey, Membership.State.MEMBER, Membership.Role.LEAD, departmentOf(leadKey), now));
        return made;
    }

    public Community update(String key, CommunityDraft draft) {
        Community now = requireLead(key);
        try {
            return communities.update(new Community(now.key(), draft.name(), draft.curiosity(), draft.access(), draft.labels(),
                    now.homePageId(), now.homeMacroId(), now.createdBy(), now.createdAt()));
        } catch (DuplicateCommunityException e) {
            throw new OutloudException(Failure.CONFLICT, "outloud.community.error.duplicate", draft.name());
        }
    }

    /**
     * A lead removes the community with everything kept about it. Its home macro goes first (the page's next save would
     * make the community again): a community on a page is refused.
     */
    public void remove(String key) {
        Community community = requireLead(key);
        if (community.hasHome()) {
            throw new OutloudException(Failure.CONFLICT, "outloud.community.error.remove-home");
        }
        for (CommunityRemoval removal : removals) {
            removal.communityRemoved(key);
        }
        asks.deleteCommunity(key);
        members.deleteCommunity(key);
        communities.delete(key);
    }

    // ---------------------------------------------------------------- joining

    /** Joins an open community (or a closed one the person was invited to); asks to join a closed one. */
    public Membership.State join(String key) {
        String me = viewer.requireUserKey();
        Community community = community(key);
        Optional<Membership> now = members.membership(key, me);
        if (now.filter(Membership::isMember).isPresent()) {
            return Membership.State.MEMBER;
        }
        Instant at = clock.instant();
        boolean invited = now.filter(m -> m.state() == Membership.State.INVITED).isPresent();
        if (community.isClosed() && !invited) {
            if (now.isEmpty()) {
                members.put(new Membership(key, me, Membership.State.REQUESTED, Membership.Role.MEMBER, departmentOf(me), at));
                for (Membership lead : members.leads(key)) {
                    notifier.notify(new Notice(lead.userKey(), Notice.Kind.JOIN_REQUESTED, me, community.homePageId(), key, ""));
                }
            }
            return Membership.State.REQUESTED;
        }
        members.put(new Membership(key, me, Membership.State.MEMBER, Membership.Role.MEMBER, departmentOf(me), at));
        communities.touch(key, at);
        return Membership.State.MEMBER;
    }

    /** Leaves (or withdraws a request, or declines an invitation). The last lead hands the role over first. */
    public void leave(String key) {
        String me = viewer.requireUserKey();
        community(key);
        Optional<Membership> now = members.membership(key, me);
        // A community always has a lead: the last one hands the role over, or removes the community.
        if (now.filter(Membership::isLead).isPresent() && members.leads(key).size() == 1) {
            throw new OutloudException(Failure.CONFLICT, "outloud.community.error.last-lead");
        }
        members.leave(key, me);
    }

    public void approve(String key, String userKey) {
        Community community = requireLead(key);
        Membership request = members.membership(key, userKey).filter(m -> m.state() == Membership.State.REQUESTED)
                .orElseThrow(OutloudException::notFound);
        Instant at = clock.instant();
        members.put(new Membership(key, userKey, Membership.State.MEMBER, Membership.Role.MEMBER, departmentOf(userKey), at));
        communities.touch(key, at);
        notifier.notify(new Notice(request.userKey(), Notice.Kind.JOIN_APPROVED, viewer.requireUserKey(), community.homePageId(), key, ""));
    }

    public void decline(String key, String userKey) {
        requireLead(key);
        members.membership(key, userKey).filter(m -> m.state() == Membership.State.REQUESTED).orElseThrow(OutloudException::notFound);
        members.leave(key, userKey);
    }

    /** A lead invites someone by username: they join at once when they accept, even a closed community. */
    public Person invite(String key, String username) {
        Community community = requireLead(key);
        String invitee = people.userKeyOf(username).orElseThrow(() -> new OutloudException(Failure.NOT_FOUND, "outloud.community.error.no-such-person"));
        Optional<Membership> now = members.membership(key, invitee);
        if (now.filter(Membership::isMember).isPresent()) {
            throw new OutloudException(Failure.CONFLICT, "outloud.community.error.already-member");
        }
        Instant at = clock.instant();
        if (now.filter(m -> m.state() == Membership.State.REQUESTED).isPresent()) {
            members.put(new Membership(key, invitee, Membership.State.MEMBER, Membership.Role.MEMBER, departmentOf(invitee), at));
            notifier.notify(new Notice(invitee, Notice.Kind.JOIN_APPROVED, viewer.requireUserKey(), community.homePageId(), key, ""));
        } else if (now.isEmpty()) {
            members.put(new Membership(key, invitee, Membership.State.INVITED, Membership.Role.MEMBER, departmentOf(invitee), at));
            notifier.notify(new Notice(invitee, Notice.Kind.COMMUNITY_INVITED, viewer.requireUserKey(), community.homePageId(), key, ""));
        }
        return people.people(List.of(invitee)).get(invitee);
    }

    /** A lead hands the role to a member, who becomes a lead; the lead giving it becomes a member. */
    public void handOver(String key, String toUserKey) {
        Community community = requireLead(key);
        String me = viewer.requireUserKey();
        if (me.equals(toUserKey)) {
            throw OutloudException.invalid("outloud.community.error.hand-over-self");
        }
        Membership to = members.membership(key, toUserKey).filter(Membership::isMember)
                .orElseThrow(() -> new OutloudException(Failure.NOT_FOUND, "outloud.community.error.not-a-member"));
        Membership mine = members.membership(key, me).orElseThrow();
        members.put(new Membership(key, toUserKey, to.state(), Membership.Role.LEAD, to.department(), to.since()));
        members.put(new Membership(key, me, mine.state(), Membership.Role.MEMBER, mine.department(), mine.since()));
        notifier.notify(new Notice(toUserKey, Notice.Kind.LEAD_HANDED_OVER, me, community.homePageId(), key, ""));
    }

    /** A lead removes a member (not a lead: leads hand their role over, then leave). */
    public void removeMember(String key, String userKey) {
        requireLead(key);
        Membership member = members.membership(key, userKey).orElseThrow(OutloudException::notFound);
        if (member.isLead()) {
            throw new OutloudException(Failure.CONFLICT, "outloud.community.error.remove-lead");
        }
        members.leave(key, userKey);
    }

    // ---------------------------------------------------------------- asking

    /**
     * A member asks the community for help: every other member sees it in their stream and hears of it, told from a
     * queue by {@link AskFanOut} (not in this request, whose work does not grow with the community). At most
     * {@link CommunityAsk#PER_DAY} asks a day per member and community (429 beyond).
     */
    public CommunityAsk ask(String key, String text) {
        String me = viewer.requireUserKey();
        community(key);
        if (!members.isMember(key, me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.community.error.members-only");
        }
        String clean = WrittenText.required(text, WrittenText.Shape.LINES, CommunityAsk.MAX_TEXT,
                "outloud.community.error.ask-missing", "outloud.community.error.ask-too-long");
        Instant at = clock.instant();
        CommunityAsk ask = asks.add(key, me, clean, at, CommunityAsk.PER_DAY)
                .orElseThrow(() -> new OutloudException(Failure.TOO_MANY, "outloud.community.error.ask-limit", CommunityAsk.PER_DAY));
        communities.touch(key, at);
        return ask;
    }

    /** Its asker or a lead removes an ask: it leaves every list, and members not told yet are not told. */
    public void removeAsk(String key, long askId) {
        String me = viewer.requireUserKey();
        community(key);
        if (!members.isMember(key, me)) {
            throw OutloudException.notFound(); // asks are for members: to anyone else there is none
        }
        CommunityAsk ask = asks.find(askId).filter(a -> a.communityKey().equals(key)).orElseThrow(OutloudException::notFound);
        if (!ask.askerKey().equals(me) && !members.isLead(key, me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.community.error.ask-remove");
        }
        asks.remove(askId);
    }

    /** An ask as a stream or a community page shows it: who asked, in which community, and whether the reader may remove it. */
    public record AskItem(CommunityAsk ask, Community community, Person asker, boolean removable) {
    }

    /** The community's asks of the last 30 days, newest first: for its members (they are asked). */
    public List<AskItem> asks(String key, int limit) {
        Community community = community(key);
        Optional<Membership> mine = viewer.userKey().flatMap(me -> members.membership(key, me)).filter(Membership::isMember);
        return mine.isEmpty() ? List.of() : recentAsks(community, limit, mine.get().isLead());
    }

    /** The same for the community of an overview this service gave, whose reader's membership it knows. */
    public List<AskItem> asks(Overview overview, int limit) {
        return overview.viewerIsMember() ? recentAsks(overview.community(), limit, overview.viewerIsLead()) : List.of();
    }

    private List<AskItem> recentAsks(Community community, int limit, boolean viewerLeads) {
        return items(asks.recent(List.of(community.key()), clock.instant().minus(ASKS_SHOWN), limit), Map.of(community.key(), community),
                viewerLeads ? Set.of(community.key()) : Set.of());
    }

    /** The asks of the last 30 days in the viewer's communities (their stream shows them), newest first. */
    public List<AskItem> asksForMe(int limit) {
        Optional<String> me = viewer.userKey();
        if (me.isEmpty()) {
            return List.of();
        }
        Set<String> mine = members.communitiesOf(me.get());
        if (mine.isEmpty()) {
            return List.of();
        }
        List<CommunityAsk> recent = asks.recent(mine, clock.instant().minus(ASKS_SHOWN), limit);
        Map<String, Community> byKey = recent.stream().map(CommunityAsk::communityKey).distinct()
                .map(communities::find).flatMap(Optional::stream).filter(this::mayView).collect(Collectors.toMap(Community::key, c -> c));
        return items(recent, byKey, Set.of()); // the stream offers no removal: it is done on the community's page
    }

    private List<AskItem> items(List<CommunityAsk> recent, Map<String, Community> byKey, Set<String> viewerLeads) {
        String me = viewer.userKey().orElse("");
        Map<String, Person> askers = people.cards(recent.stream().map(CommunityAsk::askerKey).collect(Collectors.toCollection(HashSet::new)));
        List<AskItem> items = new ArrayList<>();
        for (CommunityAsk ask : recent) {
            Community community = byKey.get(ask.communityKey());
            if (community != null) {
                items.add(new AskItem(ask, community, askers.getOrDefault(ask.askerKey(), Person.unknown(ask.askerKey())),
                        ask.askerKey().equals(me) || viewerLeads.contains(community.key())));
            }
        }
        return items;
    }

    // ---------------------------------------------------------------- departments

    /**
     * Brings every membership's recorded department up to what the people component says now (people move; a site
     * admin may map groups to departments after people joined). Run by a job once per cluster; people are looked up
     * 500 at a time, and only memberships that changed are written. How many people's department changed.
     */
    public int refreshDepartments() {
        Map<String, String> recorded = members.recordedDepartments();
        List<String> keys = new ArrayList<>(recorded.keySet());
        int changed = 0;
        for (int from = 0; from < keys.size(); from += 500) {
            for (Person person : people.people(keys.subList(from, Math.min(from + 500, keys.size()))).values()) {
                if (!person.isKnown()) {
                    continue; // an account the site no longer knows keeps what was recorded
                }
                String now = clip(person.departmentIfKnown().orElse(""));
                if (!now.equals(recorded.get(person.userKey()))) {
                    members.departmentChanged(person.userKey(), now);
                    changed++;
                }
            }
        }
        return changed;
    }

    /**
     * Counts the communities whose counters were never kept (from before the app kept them), 100 at a time, each in a
     * transaction of its own. The departments job runs it, first when the app starts. How many it counted.
     */
    public int countUncountedCommunities() {
        int counted = 0;
        int batch;
        do {
            batch = members.countUncounted(100);
            counted += batch;
        } while (batch == 100);
        return counted;
    }

    // ---------------------------------------------------------------- helpers

    public Optional<String> viewerKey() {
        return viewer.userKey();
    }

    private Community requireLead(String key) {
        String me = viewer.requireUserKey();
        Community community = community(key);
        if (!members.isLead(key, me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.community.error.leads-only");
        }
        return community;
    }

    private String departmentOf(String userKey) {
        return clip(people.people(List.of(userKey)).getOrDefault(userKey, Person.unknown(userKey)).departmentIfKnown().orElse(""));
    }

    /** A department as a membership records it: at most 255 characters (a profile's field is free text). */
    static String clip(String department) {
        return department.length() <= 255 ? department : department.substring(0, department.offsetByCodePoints(0, 254));
    }
}
