package io.outloud.preview.host;

import com.atlassian.scheduler.config.JobId;
import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.community.Membership;
import io.outloud.community.ao.AoCommunityMember;
import io.outloud.community.ao.AoCommunityMembers;
import io.outloud.community.pairing.ConversationStarters;
import io.outloud.community.pairing.PairingParticipant;
import io.outloud.community.pairing.PairingSchedule;
import io.outloud.community.pairing.PairingService;
import io.outloud.community.pairing.ao.AoPairMatch;
import io.outloud.community.pairing.ao.AoPairParticipant;
import io.outloud.community.pairing.ao.AoPairRound;
import io.outloud.community.pairing.ao.AoPairSchedule;
import io.outloud.community.pairing.ao.AoPairSeat;
import io.outloud.community.pairing.ao.AoPairingStore;
import io.outloud.community.pairing.job.PairingJob;
import io.outloud.notify.Notice;
import io.outloud.people.Person;
import io.outloud.preview.FixedCommunities;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Data Center: a pairing round run on two nodes at the same moment (two schedulers on one database, or two nodes'
 * services called at once, or two leads' clicks) happens once, and each person is told once. H2 and PostgreSQL.
 */
class PairingTwoNodesTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final String C = "guild";
    private static final JobId JOB = JobId.of("io.outloud.community.pairing-rounds");
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final int PEOPLE = 12;

    private final List<Notice> told = new CopyOnWriteArrayList<>();

    /** One node: its own ActiveObjects and service on the shared database. */
    private PairingService node(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        AoCommunityMembers members = new AoCommunityMembers(ao);
        return new PairingService(new AoPairingStore(ao), new FixedCommunities(C), members,
                keys -> keys.stream().collect(Collectors.toMap(k -> k, Person::unknown)), ConversationStarters.NONE, told::add,
                () -> Optional.of("lead"), Clock.fixed(NOW, ZoneOffset.UTC), community -> true, new io.outloud.content.PageAccess() {
                    @Override
                    public java.util.Optional<io.outloud.content.PageRef> viewablePage(long pageId) {
                        return java.util.Optional.empty();
                    }

                    @Override
                    public java.util.Optional<io.outloud.content.PageRef> viewablePageFor(String userKey, long pageId) {
                        return java.util.Optional.of(new io.outloud.content.PageRef(pageId, "TEAM", "Home", "")); // everyone may view it
                    }
                });
    }

    private AoPairingStore setUp(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(io.outloud.community.ao.AoCommunity.class, AoCommunityMember.class, AoPairParticipant.class, AoPairSchedule.class, AoPairRound.class, AoPairMatch.class, AoPairSeat.class);
        AoCommunityMembers members = new AoCommunityMembers(ao);
        AoPairingStore store = new AoPairingStore(ao);
        members.put(new Membership(C, "lead", Membership.State.MEMBER, Membership.Role.LEAD, "Board", NOW));
        for (int i = 0; i < PEOPLE; i++) {
            members.put(new Membership(C, "u" + i, Membership.State.MEMBER, Membership.Role.MEMBER, "D" + (i % 3), NOW));
            store.putParticipant(PairingParticipant.notEnrolled(C, "u" + i, NOW).optedIn(NOW));
        }
        return store;
    }

    private static int atOnce(List<Callable<Integer>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    @EachDatabase
    void aDueRound_onTwoSchedulersLookingAtOnce_happensOnce(TestDatabase db) throws Exception {
        AoPairingStore store = setUp(db);
        HostSchema.create(db.dataSource());
        store.putSchedule(new PairingSchedule(C, 7, NOW.minusSeconds(60)));
        List<PreviewSchedulerService> schedulers = new ArrayList<>();
        try {
            for (int n = 0; n < 2; n++) {
                PreviewSchedulerService scheduler = new PreviewSchedulerService(new Jdbc(db.dataSource()), Clock.fixed(NOW, ZoneOffset.UTC), false);
                schedulers.add(scheduler);
                new PairingJob(scheduler, node(db), Clock.fixed(NOW, ZoneOffset.UTC)).register();
            }
            schedulers.get(0).makeDue(JOB);
            assertEquals(1, atOnce(List.of(schedulers.get(0)::runDueJobs, schedulers.get(1)::runDueJobs)), "the job ran on one node");
        } finally {
            schedulers.forEach(PreviewSchedulerService::close);
        }
        assertEquals(1, store.rounds(C, 10).size());
        assertEquals(PEOPLE, told.size(), "each person told once");
        assertEquals(PEOPLE, told.stream().map(Notice::recipientKey).distinct().count());
        assertEquals(NOW.minusSeconds(60).plus(Duration.ofDays(7)), store.schedule(C).orElseThrow().nextRun());
    }

    @EachDatabase
    void twoNodesRunningDueRoundsAtTheSameMoment_makeOneRoundPerTurn(TestDatabase db) throws Exception {
        AoPairingStore store = setUp(db);
        PairingService a = node(db);
        PairingService b = node(db);
        for (int turn = 1; turn <= 5; turn++) {
            store.putSchedule(new PairingSchedule(C, 7, NOW.minusSeconds(turn)));
            int made = atOnce(List.of(() -> a.runDueRounds(NOW), () -> b.runDueRounds(NOW)));
            assertEquals(1, made, "turn " + turn);
            assertEquals(turn, store.rounds(C, 10).size(), "turn " + turn);
        }
        // The five turns come at one moment: nobody had a day to answer, so nobody is paused and every round pairs everyone.
        assertEquals(5 * PEOPLE, told.size());
        Map<String, Long> perPersonAndRound = told.stream().collect(Collectors.groupingBy(n -> n.recipientKey() + "#" + n.number(), Collectors.counting()));
        assertEquals(5 * PEOPLE, perPersonAndRound.size(), "each person told once per round");
    }

    @EachDatabase
    void twoLeadsStartingTheSameRoundAtOnce_makeOneRound_andTheOtherHearsOfAConflict(TestDatabase db) throws Exception {
        AoPairingStore store = setUp(db);
        PairingService a = node(db);
        PairingService b = node(db);
        List<Failure> refused = new CopyOnWriteArrayList<>();
        Callable<Integer> click = () -> {
            try {
                a.startRound(C, 1);
                return 1;
            } catch (OutloudException e) {
                refused.add(e.failure());
                return 0;
            }
        };
        Callable<Integer> otherClick = () -> {
            try {
                b.startRound(C, 1);
                return 1;
            } catch (OutloudException e) {
                refused.add(e.failure());
                return 0;
            }
        };
        assertEquals(1, atOnce(List.of(click, otherClick)));
        assertEquals(List.of(Failure.CONFLICT), refused);
        assertEquals(1, store.rounds(C, 10).size());
        assertEquals(PEOPLE, told.size());
    }
}
