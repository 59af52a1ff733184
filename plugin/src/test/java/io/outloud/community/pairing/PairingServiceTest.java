package io.outloud.community.pairing;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.community.InMemoryCommunityMembers;
import io.outloud.community.Membership;
import io.outloud.notify.Notice;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairingServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final String C = "design";

    private final InMemoryPairingStore store = new InMemoryPairingStore();
    private final PairingTestCommunities communities = new PairingTestCommunities().with(C, 42L).with("empty", 0L);
    private final InMemoryCommunityMembers members = new InMemoryCommunityMembers();
    private final FakePersonDirectory people = new FakePersonDirectory();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final FakeViewer viewer = FakeViewer.signedIn("key-lead");
    private final MutableClock clock = new MutableClock(T0);
    private final ConversationStarters starters = (recipient, partners) -> partners.stream()
            .collect(Collectors.toMap(p -> p, p -> List.of(new ConversationStarter(ConversationStarter.Kind.WORKING_ON, "work of " + p, 7L, "Page"))));
    /** Communities the reader may not see (their page's permission): none unless a test hides one. */
    private final java.util.Set<String> hidden = new java.util.HashSet<>();
    private final io.outloud.community.CommunityVisibility visible = community -> !hidden.contains(community.key());
    /** People who may no longer view the community's page (42); everyone else may. */
    private final java.util.Set<String> lostPage = new java.util.HashSet<>();
    private final io.outloud.content.PageAccess pages = new io.outloud.content.PageAccess() {
        @Override
        public java.util.Optional<io.outloud.content.PageRef> viewablePage(long pageId) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<io.outloud.content.PageRef> viewablePageFor(String userKey, long pageId) {
            return lostPage.contains(userKey) ? java.util.Optional.empty() : java.util.Optional.of(new io.outloud.content.PageRef(pageId, "TEAM", "Home", ""));
        }
    };
    private final PairingService service = new PairingService(store, communities, members, people, starters, notifier, viewer, clock, visible, pages);

    @BeforeEach
    void members() {
        lead("lead", "Board");
        member("ann", "Sales");
        member("bob", "Finance");
        member("cem", "Legal");
        member("dora", "Sales");
        member("emil", "Finance");
        member("fay", "Legal");
    }

    private void member(String name, String department) {
        members.put(new Membership(C, "key-" + name, Membership.State.MEMBER, Membership.Role.MEMBER, department, T0));
        people.with(name, name.toUpperCase(), department);
    }

    private void lead(String name, String department) {
        members.put(new Membership(C, "key-" + name, Membership.State.MEMBER, Membership.Role.LEAD, department, T0));
        people.with(name, name.toUpperCase(), department);
    }

    private void as(String name) {
        viewer.become("key-" + name);
    }

    private void optIn(String... names) {
        for (String name : names) {
            as(name);
            service.optIn(C);
        }
        as("lead");
    }

    /** A lead starts a round a week after the one before (people have had time to answer). */
    private PairingRound startAsLead() {
        as("lead");
        clock.advance(java.time.Duration.ofDays(7));
        return service.startRound(C, null);
    }

    private Set<String> paired(int round) {
        Set<String> keys = new HashSet<>();
        store.seatsOfRound(C, round).forEach(s -> keys.add(s.userKey()));
        return keys;
    }

    private static void assertRefused(Failure failure, Executable call) {
        assertRefused(failure, call, "");
    }

    private static void assertRefused(Failure failure, Executable call, String why) {
        assertEquals(failure, assertThrows(OutloudException.class, call).failure(), why);
    }

    @Test
    void onlyMembersWhoOptedIn_arePaired() {
        optIn("ann", "bob", "cem", "dora");

        PairingRound round = startAsLead();

        assertEquals(1, round.number());
        assertEquals(Set.of("key-ann", "key-bob", "key-cem", "key-dora"), paired(1));
        assertEquals(2, round.matches());
        assertEquals("key-lead", round.startedBy());
    }

    @Test
    void aRound_tellsEachPersonMatched_withPartnersAndStarters_onTheCommunitysHome() {
        optIn("ann", "bob");

        startAsLead();

        List<Notice> sent = notifier.of(Notice.Kind.PAIRED);
        assertEquals(Set.of("key-ann", "key-bob"), sent.stream().map(Notice::recipientKey).collect(Collectors.toSet()));
        Notice toAnn = sent.stream().filter(n -> n.recipientKey().equals("key-ann")).findFirst().orElseThrow();
        assertEquals("key-bob", toAnn.actorKey());
        assertEquals(42L, toAnn.pageId());
        assertEquals(C, toAnn.macroId());
        assertEquals(1L, toAnn.number());
        assertEquals("BOB (Finance)\n- work of key-bob (Page)", toAnn.text());
    }

    @Test
    void anOddMemberOut_joinsATrio() {
        optIn("ann", "bob", "cem");

        PairingRound round = startAsLead();

        assertEquals(1, round.matches());
        assertEquals(0, round.unmatched());
        assertEquals(3, paired(1).size());
        assertEquals(3, notifier.of(Notice.Kind.PAIRED).size());
        Notice toCem = notifier.sent.stream().filter(n -> n.recipientKey().equals("key-cem")).findFirst().orElseThrow();
        assertEquals(2, toCem.text().lines().filter(l -> !l.startsWith("- ")).count(), "both partners named: " + toCem.text());
    }

    @Test
    void leavingPairing_orTheCommunity_endsBeingPaired() {
        optIn("ann", "bob", "cem", "dora");
        as("ann");
        assertFalse(service.optOut(C).optedIn());
        members.leave(C, "key-dora");

        startAsLead();

        assertEquals(Set.of("key-bob", "key-cem"), paired(1));
    }

    @Test
    void aSnoozedPerson_isSkippedThroughTheLastDay_thenPairedAgain() {
        optIn("ann", "bob", "cem", "dora");
        as("ann");
        service.snooze(C, LocalDate.parse("2026-11-05"));

        clock.set(Instant.parse("2026-11-05T23:59:00Z"));
        as("lead");
        service.startRound(C, null);
        assertFalse(paired(1).contains("key-ann"));

        clock.set(Instant.parse("2026-11-06T00:00:00Z"));
        service.startRound(C, null);
        assertTrue(paired(2).contains("key-ann"));
    }

    @Test
    void aSnooze_isTomorrowAtTheEarliest_andAYearAheadAtTheMost_andCanBeEnded() {
        as("ann");
        assertRefused(Failure.INVALID_INPUT, () -> service.snooze(C, LocalDate.parse("2026-11-02")));
        assertRefused(Failure.INVALID_INPUT, () -> service.snooze(C, LocalDate.parse("2027-11-03")));
        assertEquals(LocalDate.parse("2027-11-02"), service.snooze(C, LocalDate.parse("2027-11-02")).snoozedUntil());
        assertNull(service.snooze(C, null).snoozedUntil());
    }

    @Test
    void threeUnansweredRoundsInARow_pauseAPerson_untilTheyOptInAgain() {
        optIn("ann", "bob", "cem", "dora");
        for (int round = 1; round <= 3; round++) {
            startAsLead();
            assertTrue(paired(round).contains("key-ann"), "round " + round);
            answerAll(round, "key-ann");
        }
        // Rounds 1 to 3 went unanswered by ann: round 4 counts the third and pauses her.
        startAsLead();
        assertFalse(paired(4).contains("key-ann"));
        PairingParticipant ann = store.participant(C, "key-ann").orElseThrow();
        assertTrue(ann.paused());
        assertEquals(3, ann.unanswered());
        as("ann");
        assertTrue(service.state(C).me().paused());

        service.optIn(C);
        startAsLead();
        assertTrue(paired(5).contains("key-ann"));
        assertFalse(store.participant(C, "key-ann").orElseThrow().paused());
    }

    @Test
    void aCommunityTheReaderMayNotSee_isNotFound_forTheirOwnPartAndForALead() {
        optIn("ann", "bob");
        hidden.add(C);
        as("ann");
        assertRefused(Failure.NOT_FOUND, () -> service.state(C));
        assertRefused(Failure.NOT_FOUND, () -> service.optOut(C));
        as("lead");
        assertRefused(Failure.NOT_FOUND, () -> service.startRound(C, null));
        hidden.clear();
        assertEquals(1, service.startRound(C, null).number(), "seen again, all works again");
    }

    @Test
    void someoneWhoMayNoLongerViewTheCommunitysPage_isNotPaired() {
        optIn("ann", "bob", "cem", "dora");
        lostPage.add("key-ann");
        startAsLead();
        assertFalse(paired(1).contains("key-ann"), "Ann would not be told, and her partner would wait");
        assertTrue(paired(1).contains("key-bob"));
    }

    @Test
    void roundsStartedWithinADay_countNobodyAsUnanswered() {
        optIn("ann", "bob");
        as("lead");
        for (int i = 0; i < 5; i++) {
            service.startRound(C, null);
            clock.advance(java.time.Duration.ofHours(2));
        }
        assertEquals(0, store.participant(C, "key-ann").orElseThrow().unanswered(), "a lead's quick clicks pause nobody");
        assertFalse(store.participant(C, "key-ann").orElseThrow().paused());
        clock.advance(java.time.Duration.ofDays(1));
        service.startRound(C, null);
        assertEquals(1, store.participant(C, "key-ann").orElseThrow().unanswered(), "a day later the last round counts");
    }

    @Test
    void answering_resetsTheUnansweredCount() {
        optIn("ann", "bob");
        startAsLead();
        startAsLead();
        assertEquals(1, store.participant(C, "key-ann").orElseThrow().unanswered());
        as("ann");
        long match = service.state(C).current().id();
        assertEquals(PairingAnswer.MET, service.answer(C, match, true));
        assertEquals(0, store.participant(C, "key-ann").orElseThrow().unanswered());
        startAsLead();
        assertEquals(0, store.participant(C, "key-ann").orElseThrow().unanswered(), "round 2 was answered");
        assertEquals(2, store.participant(C, "key-bob").orElseThrow().unanswered());
    }

    /** Everyone but {@code except} says whether they met in that round. */
    private void answerAll(int round, String except) {
        for (var seat : store.seatsOfRound(C, round)) {
            if (!seat.userKey().equals(except)) {
                store.answer(seat.matchId(), seat.userKey(), PairingAnswer.NOT_MET, T0);
                store.participant(C, seat.userKey()).ifPresent(p -> store.putParticipant(p.answered(T0)));
            }
        }
    }

    @Test
    void threeRoundsOfSixPeopleInThreeDepartments_neverRepeatAPair() {
        optIn("ann", "bob", "cem", "dora", "emil", "fay");
        Set<Set<String>> pairs = new HashSet<>();
        for (int round = 1; round <= 3; round++) {
            startAsLead();
            for (PairHistory.Meeting m : store.meetings(C)) {
                if (m.round() == round) {
                    assertTrue(pairs.add(Set.copyOf(m.people())), "repeated in round " + round + ": " + m.people());
                }
            }
        }
        assertEquals(9, pairs.size());
    }

    @Test
    void myState_showsMyCurrentMatchWithStarters_andEarlierOnesWithout() {
        optIn("ann", "bob", "cem", "dora");
        startAsLead();
        startAsLead();
        as("ann");

        PairingState state = service.state(C);

        assertTrue(state.me().optedIn());
        assertFalse(state.lead());
        assertNull(state.schedule());
        assertEquals(List.of(), state.rounds());
        assertEquals(2, state.current().round());
        PairingState.Partner partner = state.current().partners().get(0);
        assertNotNull(partner.person().displayName());
        assertEquals(1, partner.starters().size());
        assertEquals(1, state.history().size());
        assertEquals(List.of(), state.history().get(0).partners().get(0).starters());

        as("lead");
        PairingState asLead = service.state(C);
        assertTrue(asLead.lead());
        assertEquals(2, asLead.rounds().size());
        assertEquals(PairingSchedule.none(C), asLead.schedule());
        assertNull(asLead.current(), "the lead did not opt in");
    }

    @Test
    void anAnswer_isOnlyForMyOwnSeat() {
        optIn("ann", "bob", "cem", "dora");
        startAsLead();
        as("ann");
        long mine = service.state(C).current().id();
        long notMine = store.seatsOfRound(C, 1).stream().map(PairingSeat::matchId).filter(id -> id != mine).findFirst().orElseThrow();

        assertEquals(PairingAnswer.NOT_MET, service.answer(C, mine, false));
        assertEquals(PairingAnswer.NOT_MET, service.state(C).current().answer());
        assertRefused(Failure.NOT_FOUND, () -> service.answer(C, notMine, true));
        assertRefused(Failure.NOT_FOUND, () -> service.answer(C, 999L, true));
        assertRefused(Failure.NOT_PERMITTED, () -> service.answer("empty", mine, true), "not a member there");
    }

    @Test
    void refusals_unknownCommunity404_nonMember403_nonLead403_anonymous401() {
        assertRefused(Failure.NOT_FOUND, () -> service.state("nope"));
        assertRefused(Failure.NOT_FOUND, () -> service.optIn("Bad Key!"));
        as("stranger");
        assertRefused(Failure.NOT_PERMITTED, () -> service.state(C));
        assertRefused(Failure.NOT_PERMITTED, () -> service.optIn(C));
        as("ann");
        assertRefused(Failure.NOT_PERMITTED, () -> service.startRound(C, null));
        assertRefused(Failure.NOT_PERMITTED, () -> service.setSchedule(C, 7));
        viewer.become(null);
        assertRefused(Failure.NOT_AUTHENTICATED, () -> service.optIn(C));
        assertEquals(0, store.roundCount());
    }

    @Test
    void aLeadsSecondClick_isAConflict_notASecondRound() {
        optIn("ann", "bob");
        as("lead");
        assertEquals(1, service.startRound(C, 1).number());
        assertRefused(Failure.CONFLICT, () -> service.startRound(C, 1));
        assertEquals(1, store.roundCount());
        assertEquals(2, service.startRound(C, 2).number());
    }

    @Test
    void theSchedule_isOneOfTheChoices_andRunsDueRoundsOnce() {
        optIn("ann", "bob");
        as("lead");
        assertRefused(Failure.INVALID_INPUT, () -> service.setSchedule(C, 3));
        PairingSchedule schedule = service.setSchedule(C, 7);
        assertEquals(T0.plus(Duration.ofDays(7)), schedule.nextRun());

        assertEquals(0, service.runDueRounds(T0.plus(Duration.ofDays(6))));
        Instant due = T0.plus(Duration.ofDays(7)).plusSeconds(600);
        assertEquals(1, service.runDueRounds(due));
        assertEquals(0, service.runDueRounds(due), "once per turn");
        assertEquals(T0.plus(Duration.ofDays(14)), store.schedule(C).orElseThrow().nextRun());
        assertTrue(store.lastRound(C).orElseThrow().bySchedule());

        assertEquals(1, service.runDueRounds(T0.plus(Duration.ofDays(60))), "a late job makes one round, not the missed ones");
        assertEquals(T0.plus(Duration.ofDays(67)), store.schedule(C).orElseThrow().nextRun());

        service.setSchedule(C, 0);
        assertEquals(0, service.runDueRounds(T0.plus(Duration.ofDays(400))));
        assertEquals(2, store.roundCount());
    }

    @Test
    void aScheduledRound_ofACommunityThatIsGone_isNoLongerScheduled() {
        as("lead");
        service.setSchedule(C, 7);
        communities.delete(C);
        assertEquals(0, service.runDueRounds(T0.plus(Duration.ofDays(8))));
        assertFalse(store.schedule(C).orElseThrow().scheduled());
    }

    @Test
    void aRoundWithNobodyOptedIn_isARoundWithoutMatches() {
        PairingRound round = startAsLead();
        assertEquals(0, round.matches());
        assertEquals(List.of(), notifier.sent);
    }
}
