package io.outloud.community;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.notify.Notice;
import io.outloud.people.Person;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;
import io.outloud.wol.StreamAsks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Communities' use cases and who may do each. */
class CommunityServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String ALICE = "key-alice"; // Design
    private static final String BOB = "key-bob"; // IT
    private static final String CAROL = "key-carol"; // Sales
    private static final String DAVE = "key-dave"; // no department
    private static final String ERIN = "key-erin"; // Finance

    private final InMemoryCommunityMembers members = new InMemoryCommunityMembers();
    private final InMemoryCommunityStore store = new InMemoryCommunityStore(members);
    private final InMemoryCommunityAskStore asks = new InMemoryCommunityAskStore();
    private final FakeCommunityPages pages = new FakeCommunityPages().show(PAGE);
    private final FakeViewer viewer = FakeViewer.signedIn(ALICE);
    private final KnownDepartments people = new KnownDepartments(new FakePersonDirectory()
            .with("alice", "Alice", "Design").with("bob", "Bob", "IT").with("carol", "Carol", "Sales")
            .with("dave", "Dave", "").with("erin", "Erin", "Finance"), Set.of("Design", "IT", "Sales", "Finance", "Legal"));
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final MutableClock clock = new MutableClock(NOW);
    private final List<String> removedA = new ArrayList<>();
    private final List<String> removedB = new ArrayList<>();
    private final CommunityService service = new CommunityService(store, members, asks, pages, viewer, people, notifier, clock,
            List.<CommunityRemoval>of(removedA::add, removedB::add));
    private final AskFanOut fanOut = new AskFanOut(asks, store, members, notifier, clock);

    private static void refused(Failure failure, String key, Executable action) {
        OutloudException e = assertThrows(OutloudException.class, action);
        assertEquals(failure, e.failure(), key);
        assertEquals(key, e.messageKey());
    }

    private Community create(String as, String name, String access) {
        viewer.become(as);
        return service.create(CommunityDraft.of(name, "Why we meet", access, ""), 0, "");
    }

    private Community createOnPage(String as, String name, String access) {
        viewer.become(as);
        return service.create(CommunityDraft.of(name, "", access, ""), PAGE, "macro-1");
    }

    private Membership.State join(String as, String key) {
        viewer.become(as);
        return service.join(key);
    }

    private Membership membership(String key, String userKey) {
        return members.membership(key, userKey).orElseThrow();
    }

    // ---------------------------------------------------------------- making

    @Test
    void create_makesTheCreatorItsLead_withTheirDepartment() {
        Community made = create(ALICE, "Data & Design", "closed");

        assertEquals("data-design", made.key());
        assertEquals("Data & Design", made.name());
        assertEquals("Why we meet", made.curiosity());
        assertEquals(Community.Access.CLOSED, made.access());
        assertEquals(ALICE, made.createdBy());
        assertEquals(NOW, made.createdAt());
        assertEquals(0L, made.homePageId());
        assertEquals(Optional.of(made), store.find("data-design"));
        assertEquals(new Membership("data-design", ALICE, Membership.State.MEMBER, Membership.Role.LEAD, "Design", NOW),
                membership("data-design", ALICE));
        assertEquals(List.of(ALICE), members.leads("data-design").stream().map(Membership::userKey).toList());
    }

    @Test
    void create_onAPage_makesThePageItsHome() {
        Community made = createOnPage(BOB, "Platform", "open");

        assertEquals(PAGE, made.homePageId());
        assertEquals("macro-1", made.homeMacroId());
        assertTrue(members.isLead("platform", BOB));
    }

    @Test
    void aNameTaken_inAnyCase_isAConflict_andMakesNothing() {
        create(ALICE, "Data Science", "open");

        for (String name : List.of("Data Science", "data science", "DATA SCIENCE", "Data-Science")) {
            OutloudException e = assertThrows(OutloudException.class, () -> create(BOB, name, "open"), name);
            assertEquals(Failure.CONFLICT, e.failure());
            assertEquals("outloud.community.error.duplicate", e.messageKey());
            assertArrayEquals(new Serializable[]{name}, e.arguments());
        }
        assertEquals(1, store.all().size());
        assertEquals(Set.of(), members.communitiesOf(BOB));
        assertEquals("Data Science", store.find("data-science").orElseThrow().name());
    }

    @Test
    void anonymousWrites_areRefusedAsNotSignedIn() {
        Community design = create(ALICE, "Design", "open");
        members.put(new Membership("design", BOB, Membership.State.REQUESTED, Membership.Role.MEMBER, "IT", NOW));
        viewer.become(null);
        String key = design.key();

        List<Executable> writes = List.of(
                () -> service.create(CommunityDraft.of("Other", "", "", ""), 0, ""),
                () -> service.join(key), () -> service.leave(key), () -> service.approve(key, BOB), () -> service.decline(key, BOB),
                () -> service.invite(key, "carol"), () -> service.handOver(key, BOB), () -> service.removeMember(key, BOB),
                () -> service.ask(key, "Help?"), () -> service.update(key, CommunityDraft.of("Design", "", "", "")),
                () -> service.remove(key));
        for (Executable write : writes) {
            refused(Failure.NOT_AUTHENTICATED, "outloud.common.error.not-authenticated", write);
        }
        assertEquals(List.of(), service.asksForMe(10));
        assertTrue(store.find("design").isPresent());
        assertEquals(Membership.State.REQUESTED, membership("design", BOB).state());
    }

    @Test
    void update_byALead_changesWhatTheDraftSays_keepingKeyAndHome() {
        createOnPage(ALICE, "Design", "open");
        create(BOB, "Platform", "open");

        viewer.become(ALICE);
        Community changed = service.update("design", CommunityDraft.of("Design Guild", "Tokens", "closed", "ui"));

        assertEquals("design", changed.key());
        assertEquals("Design Guild", changed.name());
        assertEquals(Community.Access.CLOSED, changed.access());
        assertEquals(List.of("ui"), changed.labels());
        assertEquals(PAGE, changed.homePageId());
        refused(Failure.CONFLICT, "outloud.community.error.duplicate",
                () -> service.update("design", CommunityDraft.of("PLATFORM", "", "", "")));
        join(CAROL, "design");
        refused(Failure.NOT_PERMITTED, "outloud.community.error.leads-only",
                () -> service.update("design", CommunityDraft.of("Mine now", "", "", "")));
        assertEquals("Design Guild", store.find("design").orElseThrow().name());
    }

    // ---------------------------------------------------------------- joining

    @Test
    void joiningAnOpenCommunity_makesAMember_withTheDepartmentThePeopleComponentGives() {
        create(ALICE, "Design", "open");
        clock.advance(Duration.ofMinutes(5));

        assertEquals(Membership.State.MEMBER, join(BOB, "design"));
        assertEquals(Membership.State.MEMBER, join(DAVE, "design"));

        assertEquals(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.MEMBER, "IT", clock.instant()),
                membership("design", BOB));
        assertEquals("", membership("design", DAVE).department(), "no department known");
        assertEquals(clock.instant(), store.activity().get("design"), "a join is activity");
        assertEquals(List.of(), notifier.sent);

        clock.advance(Duration.ofMinutes(5));
        assertEquals(Membership.State.MEMBER, join(BOB, "design"));
        assertEquals(NOW.plus(Duration.ofMinutes(5)), membership("design", BOB).since(), "twice is once");
    }

    @Test
    void joiningAClosedCommunity_isARequest_thatEveryLeadHearsOf() {
        createOnPage(ALICE, "Design", "closed");
        members.put(new Membership("design", ERIN, Membership.State.MEMBER, Membership.Role.LEAD, "Finance", NOW));
        members.put(new Membership("design", CAROL, Membership.State.MEMBER, Membership.Role.MEMBER, "Sales", NOW));

        assertEquals(Membership.State.REQUESTED, join(BOB, "design"));

        assertEquals(new Membership("design", BOB, Membership.State.REQUESTED, Membership.Role.MEMBER, "IT", NOW), membership("design", BOB));
        assertFalse(members.isMember("design", BOB));
        assertEquals(List.of(new Notice(ALICE, Notice.Kind.JOIN_REQUESTED, BOB, PAGE, "design", ""),
                new Notice(ERIN, Notice.Kind.JOIN_REQUESTED, BOB, PAGE, "design", "")), notifier.sent, "leads only, not Carol");

        assertEquals(Membership.State.REQUESTED, join(BOB, "design"));
        assertEquals(2, notifier.sent.size(), "asking again tells nobody again");
    }

    @Test
    void aLeadApprovesARequest_andTheRequesterHearsOfIt() {
        create(ALICE, "Design", "closed");
        join(BOB, "design");
        clock.advance(Duration.ofHours(1));
        notifier.sent.clear();

        viewer.become(ALICE);
        service.approve("design", BOB);

        assertEquals(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.MEMBER, "IT", clock.instant()),
                membership("design", BOB));
        assertEquals(List.of(new Notice(BOB, Notice.Kind.JOIN_APPROVED, ALICE, 0L, "design", "")), notifier.sent);
        assertEquals(clock.instant(), store.activity().get("design"));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.approve("design", BOB));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.approve("design", CAROL));
    }

    @Test
    void onlyALead_approvesOrDeclines() {
        create(ALICE, "Design", "closed");
        members.put(new Membership("design", CAROL, Membership.State.MEMBER, Membership.Role.MEMBER, "Sales", NOW));
        join(BOB, "design");

        viewer.become(CAROL);
        refused(Failure.NOT_PERMITTED, "outloud.community.error.leads-only", () -> service.approve("design", BOB));
        refused(Failure.NOT_PERMITTED, "outloud.community.error.leads-only", () -> service.decline("design", BOB));
        viewer.become(BOB);
        refused(Failure.NOT_PERMITTED, "outloud.community.error.leads-only", () -> service.approve("design", BOB));

        assertEquals(Membership.State.REQUESTED, membership("design", BOB).state());
    }

    @Test
    void aLeadDeclinesARequest_whichEndsIt() {
        create(ALICE, "Design", "closed");
        join(BOB, "design");

        viewer.become(ALICE);
        service.decline("design", BOB);

        assertEquals(Optional.empty(), members.membership("design", BOB));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.decline("design", BOB));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.decline("design", ALICE));
        assertTrue(members.isLead("design", ALICE), "declining a member is no way to remove one");
    }

    // ---------------------------------------------------------------- inviting

    @Test
    void aLeadInvitesByUsername_andTheInvitedJoinAClosedCommunityAtOnce() {
        createOnPage(ALICE, "Design", "closed");

        viewer.become(ALICE);
        Person invited = service.invite("design", "bob");

        assertEquals("Bob", invited.displayName());
        assertEquals(Membership.State.INVITED, membership("design", BOB).state());
        assertFalse(members.isMember("design", BOB));
        assertEquals(List.of(new Notice(BOB, Notice.Kind.COMMUNITY_INVITED, ALICE, PAGE, "design", "")), notifier.sent);

        assertEquals(Membership.State.MEMBER, join(BOB, "design"));
        assertTrue(members.isMember("design", BOB));
        assertEquals("IT", membership("design", BOB).department());
        assertEquals(List.of(), notifier.of(Notice.Kind.JOIN_REQUESTED), "no request: the lead asked them");
    }

    @Test
    void invitingSomeoneWhoAskedToJoin_approvesThem() {
        createOnPage(ALICE, "Design", "closed");
        join(BOB, "design");
        notifier.sent.clear();

        viewer.become(ALICE);
        service.invite("design", "bob");

        assertEquals(Membership.State.MEMBER, membership("design", BOB).state());
        assertEquals(List.of(new Notice(BOB, Notice.Kind.JOIN_APPROVED, ALICE, PAGE, "design", "")), notifier.sent);
    }

    @Test
    void invitingNobody_orAMember_orAsAMember_isRefused() {
        create(ALICE, "Design", "open");
        join(BOB, "design");

        viewer.become(ALICE);
        refused(Failure.NOT_FOUND, "outloud.community.error.no-such-person", () -> service.invite("design", "zed"));
        refused(Failure.CONFLICT, "outloud.community.error.already-member", () -> service.invite("design", "bob"));
        refused(Failure.CONFLICT, "outloud.community.error.already-member", () -> service.invite("design", "alice"));
        viewer.become(BOB);
        refused(Failure.NOT_PERMITTED, "outloud.community.error.leads-only", () -> service.invite("design", "carol"));

        assertEquals(Optional.empty(), members.membership("design", CAROL));
        assertEquals(List.of(), notifier.sent);
    }

    @Test
    void invitingTwice_isOneInvitation() {
        create(ALICE, "Design", "closed");
        viewer.become(ALICE);
        service.invite("design", "bob");
        clock.advance(Duration.ofDays(1));

        service.invite("design", "bob");

        assertEquals(NOW, membership("design", BOB).since());
        assertEquals(1, notifier.of(Notice.Kind.COMMUNITY_INVITED).size());
    }

    // ---------------------------------------------------------------- leads

    @Test
    void handOver_makesTheMemberALead_andTheLeadAMember() {
        createOnPage(ALICE, "Design", "open");
        clock.advance(Duration.ofMinutes(1));
        join(BOB, "design");
        Instant bobJoined = clock.instant();
        clock.advance(Duration.ofMinutes(1));

        viewer.become(ALICE);
        service.handOver("design", BOB);

        assertEquals(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.LEAD, "IT", bobJoined), membership("design", BOB));
        assertEquals(new Membership("design", ALICE, Membership.State.MEMBER, Membership.Role.MEMBER, "Design", NOW), membership("design", ALICE));
        assertEquals(List.of(BOB), members.leads("design").stream().map(Membership::userKey).toList());
        assertEquals(List.of(new Notice(BOB, Notice.Kind.LEAD_HANDED_OVER, ALICE, PAGE, "design", "")), notifier.sent);
        refused(Failure.NOT_PERMITTED, "outloud.community.error.leads-only", () -> service.handOver("design", BOB));
    }

    @Test
    void handOver_toSomeoneNotAMember_orToOneself_isRefused() {
        create(ALICE, "Design", "closed");
        join(BOB, "design"); // a request
        viewer.become(ALICE);
        service.invite("design", "carol");

        refused(Failure.NOT_FOUND, "outloud.community.error.not-a-member", () -> service.handOver("design", BOB));
        refused(Failure.NOT_FOUND, "outloud.community.error.not-a-member", () -> service.handOver("design", CAROL));
        refused(Failure.NOT_FOUND, "outloud.community.error.not-a-member", () -> service.handOver("design", ERIN));
        refused(Failure.INVALID_INPUT, "outloud.community.error.hand-over-self", () -> service.handOver("design", ALICE));
        assertTrue(members.isLead("design", ALICE));
        assertEquals(Membership.Role.MEMBER, membership("design", BOB).role());
    }

    @Test
    void theLastLead_cannotLeaveWhileOthersAreMembers_butMayAfterHandingOver() {
        create(ALICE, "Design", "open");
        join(BOB, "design");

        viewer.become(ALICE);
        refused(Failure.CONFLICT, "outloud.community.error.last-lead", () -> service.leave("design"));
        assertTrue(members.isLead("design", ALICE));

        service.handOver("design", BOB);
        service.leave("design");

        assertEquals(Optional.empty(), members.membership("design", ALICE));
        assertEquals(Set.of(BOB), members.memberKeys("design"));
    }

    @Test
    void aLeadLeaves_whenAnotherLeadStays_butTheOnlyLeadStays_evenAlone() {
        create(ALICE, "Design", "open");
        members.put(new Membership("design", ERIN, Membership.State.MEMBER, Membership.Role.LEAD, "Finance", NOW));
        join(BOB, "design");
        viewer.become(ALICE);
        service.leave("design");
        assertFalse(members.isMember("design", ALICE));

        create(CAROL, "Sales Circle", "closed");
        join(BOB, "sales-circle"); // a request is no member
        viewer.become(CAROL);
        OutloudException refused = assertThrows(OutloudException.class, () -> service.leave("sales-circle"));
        assertEquals(Failure.CONFLICT, refused.failure());
        assertEquals("outloud.community.error.last-lead", refused.messageKey());
        assertTrue(members.isLead("sales-circle", CAROL), "a community always has a lead, who may remove it instead");
    }

    @Test
    void leaving_withdrawsARequest_orDeclinesAnInvitation() {
        create(ALICE, "Design", "closed");
        join(BOB, "design");
        viewer.become(ALICE);
        service.invite("design", "carol");

        viewer.become(BOB);
        service.leave("design");
        viewer.become(CAROL);
        service.leave("design");

        assertEquals(Optional.empty(), members.membership("design", BOB));
        assertEquals(Optional.empty(), members.membership("design", CAROL));
        viewer.become(ALICE);
        assertEquals(List.of(), service.overview("design").requests());
        assertEquals(List.of(), service.overview("design").invited());
    }

    @Test
    void aLeadRemovesAMember_butNotALead() {
        create(ALICE, "Design", "open");
        join(BOB, "design");
        join(CAROL, "design");
        members.put(new Membership("design", ERIN, Membership.State.MEMBER, Membership.Role.LEAD, "Finance", NOW));

        viewer.become(ALICE);
        service.removeMember("design", BOB);
        assertEquals(Optional.empty(), members.membership("design", BOB));

        refused(Failure.CONFLICT, "outloud.community.error.remove-lead", () -> service.removeMember("design", ERIN));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.removeMember("design", DAVE));
        viewer.become(CAROL);
        refused(Failure.NOT_PERMITTED, "outloud.community.error.leads-only", () -> service.removeMember("design", ALICE));
        assertEquals(Set.of(ALICE, CAROL, ERIN), members.memberKeys("design"));
    }

    // ---------------------------------------------------------------- asking

    @Test
    void anAsk_tellsEveryOtherMember_withItsText_butNotTheAskerNorRequestsNorInvitations() {
        createOnPage(ALICE, "Design", "closed");
        members.put(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.MEMBER, "IT", NOW));
        members.put(new Membership("design", CAROL, Membership.State.MEMBER, Membership.Role.MEMBER, "Sales", NOW));
        members.put(new Membership("design", DAVE, Membership.State.REQUESTED, Membership.Role.MEMBER, "", NOW));
        members.put(new Membership("design", ERIN, Membership.State.INVITED, Membership.Role.MEMBER, "Finance", NOW));
        clock.advance(Duration.ofMinutes(3));

        viewer.become(BOB);
        CommunityAsk ask = service.ask("design", "  Who knows\u0007 Figma?\n");

        assertEquals("design", ask.communityKey());
        assertEquals(BOB, ask.askerKey());
        assertEquals("Who knows Figma?", ask.text());
        assertEquals(clock.instant(), ask.at());
        assertEquals(List.of(), notifier.sent, "nobody is told in the request: the queue's job tells them");

        assertEquals(2, fanOut.drain(Duration.ofMinutes(1)));
        assertEquals(Set.of(new Notice(ALICE, Notice.Kind.COMMUNITY_ASK, BOB, PAGE, "design", "Who knows Figma?", ask.id()),
                new Notice(CAROL, Notice.Kind.COMMUNITY_ASK, BOB, PAGE, "design", "Who knows Figma?", ask.id())), Set.copyOf(notifier.sent));
        assertEquals(2, notifier.sent.size());
        assertEquals(0, fanOut.drain(Duration.ofMinutes(1)), "drained: nobody is told twice");
        assertEquals(2, notifier.sent.size());
        assertEquals(clock.instant(), store.activity().get("design"), "an ask is activity");
        assertEquals(List.of(ask), service.asks("design", 10).stream().map(CommunityService.AskItem::ask).toList());
    }

    @Test
    void aMember_asksACommunity_atMostThreeTimesADay_thenIsRefusedUntilTomorrow_removedAsksCounting() {
        create(ALICE, "Design", "open");
        create(ALICE, "Platform", "open");
        join(BOB, "design");
        viewer.become(BOB);
        CommunityAsk first = service.ask("design", "One");
        service.ask("design", "Two");
        service.removeAsk("design", first.id());
        service.ask("design", "Three");

        OutloudException e = assertThrows(OutloudException.class, () -> service.ask("design", "Four"));
        assertEquals(Failure.TOO_MANY, e.failure());
        assertEquals("outloud.community.error.ask-limit", e.messageKey());
        assertArrayEquals(new Serializable[]{3}, e.arguments());
        viewer.become(ALICE);
        service.ask("design", "Another member has asks of their own");
        service.ask("platform", "And another community");

        clock.advance(Duration.ofDays(1));
        viewer.become(BOB);
        service.ask("design", "Tomorrow");
        assertEquals(List.of("Tomorrow", "Another member has asks of their own", "Three", "Two"),
                service.asks("design", 10).stream().map(item -> item.ask().text()).toList());
    }

    @Test
    void theAsker_orALead_removesAnAsk_othersAreRefused_andItsMembersNotToldYetAreNot() {
        createOnPage(ALICE, "Design", "open");
        join(BOB, "design");
        join(CAROL, "design");
        viewer.become(BOB);
        CommunityAsk bobs = service.ask("design", "Bob asks");
        CommunityAsk again = service.ask("design", "Bob asks again");

        viewer.become(CAROL);
        refused(Failure.NOT_PERMITTED, "outloud.community.error.ask-remove", () -> service.removeAsk("design", bobs.id()));
        assertEquals(List.of(false, false), service.asks("design", 10).stream().map(CommunityService.AskItem::removable).toList());
        viewer.become(ERIN);
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.removeAsk("design", bobs.id()));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.removeAsk("platform", bobs.id()));
        viewer.become(BOB);
        assertEquals(List.of(true, true), service.asks("design", 10).stream().map(CommunityService.AskItem::removable).toList());
        service.removeAsk("design", bobs.id());
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.removeAsk("design", bobs.id()));
        viewer.become(ALICE);
        assertEquals(List.of(true), service.asks("design", 10).stream().map(CommunityService.AskItem::removable).toList(), "a lead may");
        service.removeAsk("design", again.id());

        assertEquals(List.of(), service.asks("design", 10));
        assertEquals(0, fanOut.drain(Duration.ofMinutes(1)));
        assertEquals(List.of(), notifier.sent, "removed before the queue got to them: nobody is told");
    }

    @Test
    void onlyMembers_ask() {
        create(ALICE, "Design", "closed");
        join(BOB, "design"); // requested

        for (String who : List.of(BOB, CAROL)) {
            viewer.become(who);
            refused(Failure.NOT_PERMITTED, "outloud.community.error.members-only", () -> service.ask("design", "Help?"));
        }
        assertEquals(List.of(), asks.recent(List.of("design"), Instant.EPOCH, 10));
        assertEquals(List.of(), notifier.of(Notice.Kind.COMMUNITY_ASK));
    }

    @Test
    void anEmptyAsk_orOneTooLong_isRefused() {
        create(ALICE, "Design", "open");
        viewer.become(ALICE);

        refused(Failure.INVALID_INPUT, "outloud.community.error.ask-missing", () -> service.ask("design", null));
        refused(Failure.INVALID_INPUT, "outloud.community.error.ask-missing", () -> service.ask("design", " \n\t "));
        OutloudException tooLong = assertThrows(OutloudException.class, () -> service.ask("design", "a".repeat(501)));
        assertEquals(Failure.INVALID_INPUT, tooLong.failure());
        assertEquals("outloud.community.error.ask-too-long", tooLong.messageKey());
        assertArrayEquals(new Serializable[]{500}, tooLong.arguments());
        assertEquals(500, service.ask("design", "a".repeat(500)).text().length());
        assertEquals(1, asks.recent(List.of("design"), Instant.EPOCH, 10).size());
    }

    @Test
    void asksForMe_areTheLastThirtyDaysOfMyCommunities_newestFirst() {
        create(ALICE, "Design", "open");
        create(ALICE, "Finance Circle", "open");
        create(BOB, "Platform", "open"); // Carol is not in it
        create(ALICE, "Sales Circle", "closed");
        join(CAROL, "design");
        join(CAROL, "finance-circle");
        join(CAROL, "sales-circle"); // a request only
        viewer.become(BOB);

        CommunityAsk old = asks.add("design", ALICE, "Too old", NOW.minus(Duration.ofDays(31)));
        CommunityAsk design = asks.add("design", ALICE, "Design help", NOW.minus(Duration.ofDays(29)));
        CommunityAsk finance = asks.add("finance-circle", ALICE, "Finance help", NOW.minus(Duration.ofDays(1)));
        asks.add("platform", BOB, "Platform help", NOW);
        asks.add("sales-circle", ALICE, "Sales help", NOW);

        viewer.become(CAROL);
        List<CommunityService.AskItem> mine = service.asksForMe(10);

        assertEquals(List.of(finance, design), mine.stream().map(CommunityService.AskItem::ask).toList());
        assertEquals("Finance Circle", mine.get(0).community().name());
        assertEquals("Alice", mine.get(0).asker().displayName());
        assertEquals(List.of(finance), service.asksForMe(1).stream().map(CommunityService.AskItem::ask).toList());
        assertFalse(mine.stream().anyMatch(item -> item.ask().equals(old)));
        viewer.become(ERIN);
        assertEquals(List.of(), service.asksForMe(10), "in no community");
    }

    @Test
    void theStreamsAsks_areMine_withWhoAskedWhatWhen_andWhereTheCommunityIsRead() {
        create(ALICE, "Design", "open");
        join(CAROL, "design");
        CommunityAsk design = asks.add("design", ALICE, "Design help", NOW.minus(Duration.ofDays(1)));
        StreamAsks stream = new CommunityStreamAsks(service);

        viewer.become(CAROL);
        List<StreamAsks.Ask> mine = stream.forReader(3);

        assertEquals(1, mine.size());
        assertEquals("Alice", mine.get(0).asker().displayName());
        assertEquals(design.text(), mine.get(0).text());
        assertEquals(design.at(), mine.get(0).at());
        assertEquals("Design", mine.get(0).communityName());
        assertEquals(CommunityLinks.servletPath("design"), mine.get(0).communityPath(), "a community without a page is read on the app's page");
        viewer.become(ERIN);
        assertEquals(List.of(), stream.forReader(3), "in no community");
    }

    /**
     * BUG (CommunityService.asksForMe): the stream lists the asks of every community the viewer is a member of, also
     * of one on a page they may no longer view, whose name and asks {@link CommunityService#community} hides from
     * them (404). Fails until asksForMe keeps the communities that pass mayView.
     */
    @Test
    void asksForMe_leaveOutCommunitiesTheViewerMayNoLongerSee() {
        createOnPage(ALICE, "Design", "open");
        create(ALICE, "Platform", "open");
        join(CAROL, "design");
        join(CAROL, "platform");
        CommunityAsk design = asks.add("design", ALICE, "Design help", NOW);
        CommunityAsk platform = asks.add("platform", ALICE, "Platform help", NOW);
        viewer.become(CAROL);
        assertEquals(List.of(platform, design), service.asksForMe(10).stream().map(CommunityService.AskItem::ask).toList());

        pages.hide(PAGE); // the page was restricted: Carol may not view it, nor the community on it
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.community("design"));

        assertEquals(List.of(platform), service.asksForMe(10).stream().map(CommunityService.AskItem::ask).toList());
    }

    // ---------------------------------------------------------------- who sees a community

    @Test
    void aCommunityOnAPage_isSeenByWhoeverMayViewThePage() {
        createOnPage(ALICE, "Design", "open");

        viewer.become(BOB);
        assertEquals("Design", service.community("design").name());

        pages.hide(PAGE);
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.community("design"));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.join("design"));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.members("design", null, 0, 10));
        viewer.become(ALICE);
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.community("design"));
        assertEquals(Optional.empty(), service.visible("design"), "its lead too: the page decides");
    }

    @Test
    void aCommunityMadeThroughTheForm_isSeenByAnyoneSignedIn() {
        create(ALICE, "Design", "open");

        viewer.become(ERIN);
        assertEquals("Design", service.community("design").name());
        viewer.become(null);
        assertEquals(Optional.empty(), service.visible("design"));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.community("design"));
    }

    @Test
    void aCommunityWhosePageWentToTheTrash_isSeenByItsMembersAndThoseInvitedOnly() {
        createOnPage(ALICE, "Design", "closed");
        members.put(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.MEMBER, "IT", NOW));
        members.put(new Membership("design", CAROL, Membership.State.REQUESTED, Membership.Role.MEMBER, "Sales", NOW));
        members.put(new Membership("design", DAVE, Membership.State.INVITED, Membership.Role.MEMBER, "", NOW));
        store.unhome(PAGE);

        for (String who : List.of(ALICE, BOB, DAVE)) {
            viewer.become(who);
            assertTrue(service.visible("design").isPresent(), who);
        }
        viewer.become(CAROL);
        assertTrue(service.visible("design").isEmpty(), "a request to join is no membership: its page may have been restricted");
        viewer.become(ERIN);
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.community("design"));
        viewer.become(null);
        assertEquals(Optional.empty(), service.visible("design"));

        store.rehome(PAGE);
        viewer.become(ERIN);
        assertEquals("Design", service.community("design").name(), "back on its page, the page decides again");
    }

    @Test
    void aKeyThatIsNoKey_isNotFound() {
        create(ALICE, "Design", "open");
        viewer.become(ALICE);

        assertEquals(Optional.empty(), service.visible("Design"));
        assertEquals(Optional.empty(), service.visible(null));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.community("design/../x"));
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.community("nothing"));
    }

    // ---------------------------------------------------------------- removing

    @Test
    void aLeadRemovesTheCommunity_withItsMembersAndAsks_tellingEveryRemoval() {
        create(ALICE, "Design", "closed");
        create(BOB, "Platform", "open");
        members.put(new Membership("design", CAROL, Membership.State.MEMBER, Membership.Role.MEMBER, "Sales", NOW));
        members.put(new Membership("design", DAVE, Membership.State.REQUESTED, Membership.Role.MEMBER, "", NOW));
        join(CAROL, "platform");
        viewer.become(CAROL);
        service.ask("design", "Design help");
        service.ask("platform", "Platform help");

        refused(Failure.NOT_PERMITTED, "outloud.community.error.leads-only", () -> service.remove("design"));
        assertTrue(store.find("design").isPresent());
        assertEquals(List.of(), removedA);

        viewer.become(ALICE);
        service.remove("design");

        assertEquals(Optional.empty(), store.find("design"));
        assertEquals(Optional.empty(), members.membership("design", ALICE));
        assertEquals(Optional.empty(), members.membership("design", CAROL));
        assertEquals(Optional.empty(), members.membership("design", DAVE));
        assertEquals(List.of(), asks.recent(List.of("design"), Instant.EPOCH, 10));
        assertEquals(List.of("design"), removedA);
        assertEquals(List.of("design"), removedB);
        assertEquals(1, asks.recent(List.of("platform"), Instant.EPOCH, 10).size(), "other communities keep theirs");
        assertEquals(Set.of(BOB, CAROL), members.memberKeys("platform"));
        assertEquals(Set.of("platform"), members.communitiesOf(CAROL));
    }

    // ---------------------------------------------------------------- reading

    @Test
    void members_comeByDepartment_theMembersWithoutOneLast_inPagesOfAtMostAHundred() {
        create(ALICE, "Design", "open");
        clock.advance(Duration.ofMinutes(1));
        join(DAVE, "design");
        clock.advance(Duration.ofMinutes(1));
        join(CAROL, "design");
        clock.advance(Duration.ofMinutes(1));
        join(BOB, "design");
        members.put(new Membership("design", ERIN, Membership.State.REQUESTED, Membership.Role.MEMBER, "Finance", NOW));
        viewer.become(ERIN);

        List<CommunityService.Member> all = service.members("design", null, 0, 100);

        assertEquals(List.of("Alice", "Bob", "Carol", "Dave"), all.stream().map(m -> m.person().displayName()).toList());
        assertEquals(List.of("Design", "IT", "Sales", ""), all.stream().map(m -> m.membership().department()).toList());
        assertEquals(List.of("Carol", "Dave"), service.members("design", null, 2, 5).stream().map(m -> m.person().displayName()).toList());
        assertEquals(List.of("Bob"), service.members("design", "IT", 0, 5).stream().map(m -> m.person().displayName()).toList());

        assertEquals(4, service.members("design", null, 0, 101).size(), "a page and one more (whether there is a next page)");
        OutloudException tooMany = assertThrows(OutloudException.class, () -> service.members("design", null, 0, 102));
        assertEquals(Failure.INVALID_INPUT, tooMany.failure());
        assertEquals("outloud.community.error.page", tooMany.messageKey());
        assertArrayEquals(new Serializable[]{100}, tooMany.arguments());
        refused(Failure.INVALID_INPUT, "outloud.community.error.page", () -> service.members("design", null, 0, 0));
        refused(Failure.INVALID_INPUT, "outloud.community.error.page", () -> service.members("design", null, -1, 10));
    }

    @Test
    void overview_showsRequestsAndInvitationsToLeadsOnly_andTheDepartmentsConnected() {
        create(ALICE, "Design", "closed");
        members.put(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.MEMBER, "IT", NOW));
        members.put(new Membership("design", DAVE, Membership.State.MEMBER, Membership.Role.MEMBER, "", NOW));
        join(CAROL, "design");
        viewer.become(ALICE);
        service.invite("design", "erin");

        CommunityService.Overview lead = service.overview("design");
        assertTrue(lead.viewerIsLead());
        assertEquals(List.of("Alice"), lead.leads().stream().map(Person::displayName).toList());
        assertEquals(List.of("Carol"), lead.requests().stream().map(Person::displayName).toList());
        assertEquals(List.of("Erin"), lead.invited().stream().map(Person::displayName).toList());
        assertEquals(3, lead.diversity().members());
        assertEquals(1, lead.diversity().withoutDepartment());
        assertEquals(List.of("Finance", "Legal", "Sales"), lead.diversity().missing());

        viewer.become(BOB);
        CommunityService.Overview member = service.overview("design");
        assertTrue(member.viewerIsMember());
        assertFalse(member.viewerIsLead());
        assertEquals(List.of(), member.requests());
        assertEquals(List.of(), member.invited());
    }

    // ---------------------------------------------------------------- after review

    @Test
    void aCommunityOnAPage_isNotRemoved_whileItsMacroIsThere_sinceTheNextSaveWouldMakeItAgain() {
        createOnPage(ALICE, "Design", "open");

        refused(Failure.CONFLICT, "outloud.community.error.remove-home", () -> service.remove("design"));
        assertTrue(store.find("design").isPresent());
        assertEquals(List.of(), removedA, "nothing was told to go");

        store.setHome("design", 0, "macro-1"); // the lead took the macro off the page
        service.remove("design");
        assertTrue(store.find("design").isEmpty());
        assertEquals(List.of("design"), removedA);
    }

    @Test
    void asks_areReadByMembersOnly() {
        create(ALICE, "Design", "open");
        join(BOB, "design");
        viewer.become(ALICE);
        service.ask("design", "Who knows Figma tokens?");

        viewer.become(BOB);
        assertEquals(List.of("Who knows Figma tokens?"), service.asks("design", 10).stream().map(a -> a.ask().text()).toList());
        viewer.become(CAROL);
        assertEquals(List.of(), service.asks("design", 10), "Carol is not a member");
        viewer.become(null); // anonymous: a community without a page is for people signed in
        refused(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.asks("design", 10));
    }

    @Test
    void aDepartmentRecordedAtJoining_isBroughtUpToDate_whenTheMemberIsShown() {
        create(ALICE, "Design", "open");
        members.put(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.MEMBER, "Old team", NOW));
        assertEquals(Map.of("Design", 1, "Old team", 1), members.departments("design"));

        service.members("design", null, 0, 30);

        assertEquals("IT", membership("design", BOB).department(), "the people component says IT now");
        assertEquals(Map.of("Design", 1, "IT", 1), members.departments("design"), "and the counts follow");
    }

    @Test
    void refreshDepartments_recordsEachMembersDepartmentAsItIsNow_writingOnlyWhatChanged() {
        create(ALICE, "Design", "open");
        create(BOB, "Platform", "open");
        members.put(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.MEMBER, "Old team", NOW));
        members.put(new Membership("design", CAROL, Membership.State.REQUESTED, Membership.Role.MEMBER, "", NOW));
        members.put(new Membership("design", "key-gone", Membership.State.MEMBER, Membership.Role.MEMBER, "Kept", NOW));

        assertEquals(2, service.refreshDepartments(), "Bob (in two communities) and Carol; Alice was right");

        assertEquals("IT", membership("design", BOB).department());
        assertEquals("IT", membership("platform", BOB).department());
        assertEquals("Sales", membership("design", CAROL).department());
        assertEquals("Kept", membership("design", "key-gone").department(), "someone the site no longer knows keeps what was recorded");
        assertEquals(0, service.refreshDepartments(), "nothing left to change");
    }
}
