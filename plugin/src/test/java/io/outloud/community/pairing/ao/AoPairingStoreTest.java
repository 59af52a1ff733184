package io.outloud.community.pairing.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.community.pairing.PairHistory;
import io.outloud.community.pairing.PairingAnswer;
import io.outloud.community.pairing.PairingGroup;
import io.outloud.community.pairing.PairingMatch;
import io.outloud.community.pairing.PairingParticipant;
import io.outloud.community.pairing.PairingRound;
import io.outloud.community.pairing.PairingSchedule;
import io.outloud.community.pairing.PairingSeat;
import io.outloud.community.pairing.PairingStore;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pairing's tables on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoPairingStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private static AoPairingStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoPairParticipant.class, AoPairSchedule.class, AoPairRound.class, AoPairMatch.class, AoPairSeat.class);
        return new AoPairingStore(ao);
    }

    private static PairingStore.NewRound round(String community, int number, String slot, List<PairingGroup> groups) {
        return new PairingStore.NewRound(community, number, slot, T0, "lead", groups, 0, List.of(), null);
    }

    private static PairingGroup group(String... keys) {
        return new PairingGroup(List.of(keys), 0);
    }

    @EachDatabase
    void aParticipant_isKeptPerCommunity_andReplacedWhenPutAgain(TestDatabase db) {
        AoPairingStore store = storeOn(db);
        PairingParticipant alice = PairingParticipant.notEnrolled("design", "alice", T0).optedIn(T0);
        store.putParticipant(alice);
        store.putParticipant(alice.snoozed(LocalDate.parse("2026-12-24"), T0.plusSeconds(5)).leftUnanswered(T0));
        store.putParticipant(PairingParticipant.notEnrolled("finance", "alice", T0));

        PairingParticipant found = store.participant("design", "alice").orElseThrow();
        assertTrue(found.optedIn());
        assertEquals(LocalDate.parse("2026-12-24"), found.snoozedUntil());
        assertEquals(1, found.unanswered());
        assertFalse(found.paused());
        assertEquals(1, store.participants("design").size());
        assertFalse(store.participant("finance", "alice").orElseThrow().optedIn());
        assertTrue(store.participant("design", "bob").isEmpty());
    }

    @EachDatabase
    void participants_ofACommunity_areOneStatement(TestDatabase db) {
        AoPairingStore store = storeOn(db);
        for (int i = 0; i < 30; i++) {
            store.putParticipant(PairingParticipant.notEnrolled("design", "u" + i, T0).optedIn(T0));
        }
        db.statementCounter().start();
        assertEquals(30, store.participants("design").size());
        assertEquals(1, db.statementCounter().stop());
    }

    @EachDatabase
    void aSchedule_isOnePerCommunity_andDueWhenItsTimeCame(TestDatabase db) {
        AoPairingStore store = storeOn(db);
        store.putSchedule(new PairingSchedule("design", 7, T0.plus(Duration.ofDays(7))));
        store.putSchedule(new PairingSchedule("design", 14, T0.plus(Duration.ofDays(14))));
        store.putSchedule(new PairingSchedule("finance", 28, T0.plus(Duration.ofDays(1))));
        store.putSchedule(PairingSchedule.none("legal"));

        assertEquals(new PairingSchedule("design", 14, T0.plus(Duration.ofDays(14))), store.schedule("design").orElseThrow());
        assertEquals(PairingSchedule.none("legal"), store.schedule("legal").orElseThrow());
        assertEquals(List.of(), store.due(T0));
        assertEquals(List.of("finance"), store.due(T0.plus(Duration.ofDays(2))).stream().map(PairingSchedule::communityKey).toList());
        assertEquals(List.of("finance", "design"), store.due(T0.plus(Duration.ofDays(30))).stream().map(PairingSchedule::communityKey).toList());
    }

    @EachDatabase
    void aRound_recordsItsMatchesSeatsAndTheScheduleAfterIt_inOneGo(TestDatabase db) {
        AoPairingStore store = storeOn(db);
        store.putParticipant(PairingParticipant.notEnrolled("design", "carl", T0).optedIn(T0));
        store.putParticipant(store.participant("design", "carl").orElseThrow().leftUnanswered(T0).leftUnanswered(T0));
        PairingSchedule next = new PairingSchedule("design", 7, T0.plus(Duration.ofDays(7)));

        PairingRound made = store.startRound(new PairingStore.NewRound("design", 1, "design/at/1", T0, "", List.of(group("ann", "bob"),
                group("carl", "dora", "emil")), 2, List.of("carl", "dora"), next)).orElseThrow();

        assertEquals(1, made.number());
        assertTrue(made.bySchedule());
        assertEquals(2, made.matches());
        assertEquals(2, made.unmatched());
        assertEquals(Optional.of(made), store.lastRound("design"));
        assertEquals(next, store.schedule("design").orElseThrow());
        PairingParticipant carl = store.participant("design", "carl").orElseThrow();
        assertEquals(3, carl.unanswered(), "counted on the row as it was");
        assertTrue(carl.paused(), "the third unanswered round in a row pauses");
        assertTrue(carl.optedIn());
        assertTrue(store.participant("design", "dora").isEmpty(), "nobody enrolled by a round");
        List<PairingSeat> seats = store.seatsOfRound("design", 1);
        assertEquals(5, seats.size());
        assertTrue(seats.stream().noneMatch(s -> s.answer().answered()));
        List<PairHistory.Meeting> meetings = store.meetings("design");
        assertEquals(Set.of(Set.of("ann", "bob"), Set.of("carl", "dora", "emil")),
                meetings.stream().map(m -> Set.copyOf(m.people())).collect(Collectors.toSet()));
        assertTrue(PairHistory.of(meetings).met("emil", "carl"));
        assertEquals(List.of(), store.meetings("finance"));
    }

    @EachDatabase
    void aRoundNumberOrSlotTaken_recordsNothing(TestDatabase db) {
        AoPairingStore store = storeOn(db);
        assertTrue(store.startRound(round("design", 1, "design/lead/1", List.of(group("ann", "bob")))).isPresent());

        assertTrue(store.startRound(round("design", 1, "design/at/5", List.of(group("carl", "dora")))).isEmpty(), "the number is taken");
        assertTrue(store.startRound(round("design", 2, "design/lead/1", List.of(group("carl", "dora")))).isEmpty(), "the slot is taken");
        assertTrue(store.startRound(round("finance", 1, "finance/lead/1", List.of(group("carl", "dora")))).isPresent(), "another community");

        assertEquals(1, store.rounds("design", 10).size());
        assertEquals(2, store.seatsOfRound("design", 1).size());
        assertTrue(store.seatsOfRound("design", 2).isEmpty());
    }

    @EachDatabase
    void twoNodesStartingTheSameRoundAtOnce_makeItOnce(TestDatabase db) throws Exception {
        AoPairingStore a = storeOn(db);
        AoPairingStore b = new AoPairingStore(db.activeObjects(PLUGIN_KEY));
        for (int turn = 1; turn <= 10; turn++) {
            int number = turn;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Optional<PairingRound>>> made = new ArrayList<>();
            for (AoPairingStore node : List.of(a, b)) {
                made.add(pool.submit(() -> {
                    start.await();
                    return node.startRound(round("design", number, "design/at/" + number, List.of(group("ann" + number, "bob" + number))));
                }));
            }
            start.countDown();
            int rounds = (made.get(0).get().isPresent() ? 1 : 0) + (made.get(1).get().isPresent() ? 1 : 0);
            pool.shutdown();
            assertEquals(1, rounds, "turn " + turn);
            assertEquals(2, a.seatsOfRound("design", number).size(), "turn " + turn);
        }
        assertEquals(10, a.rounds("design", 20).size());
    }

    @EachDatabase
    void myMatches_areNewestFirst_withEverySeat_andMyAnswerIsKept(TestDatabase db) {
        AoPairingStore store = storeOn(db);
        store.startRound(round("design", 1, "design/lead/1", List.of(group("ann", "bob"), group("carl", "dora"))));
        store.startRound(round("design", 2, "design/lead/2", List.of(group("ann", "carl", "emil"), group("bob", "dora"))));

        List<PairingMatch> mine = store.matchesOf("design", "ann", 10);
        assertEquals(List.of(2, 1), mine.stream().map(PairingMatch::round).toList());
        assertEquals(List.of("carl", "emil"), mine.get(0).partnersOf("ann"));
        assertEquals(List.of("bob"), mine.get(1).partnersOf("ann"));
        assertEquals(1, store.matchesOf("design", "ann", 1).size());

        long id = mine.get(0).id();
        assertTrue(store.answer(id, "ann", PairingAnswer.MET, T0));
        assertFalse(store.answer(id, "bob", PairingAnswer.MET, T0), "bob has no seat there");
        assertTrue(store.answer(id, "emil", PairingAnswer.NOT_MET, T0));
        PairingMatch answered = store.match(id).orElseThrow();
        assertEquals(PairingAnswer.MET, answered.seatOf("ann").orElseThrow().answer());
        assertEquals(PairingAnswer.NOT_MET, answered.seatOf("emil").orElseThrow().answer());
        assertEquals(PairingAnswer.NONE, answered.seatOf("carl").orElseThrow().answer());
        assertTrue(store.match(999_999L).isEmpty());
    }

    @EachDatabase
    void deletingACommunity_removesItsPairingOnly(TestDatabase db) {
        AoPairingStore store = storeOn(db);
        store.putParticipant(PairingParticipant.notEnrolled("design", "ann", T0).optedIn(T0));
        store.putSchedule(new PairingSchedule("design", 7, T0));
        store.startRound(round("design", 1, "design/lead/1", List.of(group("ann", "bob"))));
        store.startRound(round("finance", 1, "finance/lead/1", List.of(group("ann", "bob"))));

        store.deleteCommunity("design");

        assertTrue(store.participants("design").isEmpty());
        assertTrue(store.schedule("design").isEmpty());
        assertTrue(store.lastRound("design").isEmpty());
        assertTrue(store.matchesOf("design", "ann", 5).isEmpty());
        assertEquals(1, store.matchesOf("finance", "ann", 5).size());
    }
}
