package io.outloud.preview.host;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.community.Membership;
import io.outloud.community.ao.AoCommunityMember;
import io.outloud.community.ao.AoCommunityMembers;
import io.outloud.community.pairing.PairHistory;
import io.outloud.community.pairing.PairingAnswer;
import io.outloud.community.pairing.PairingCandidate;
import io.outloud.community.pairing.PairingParticipant;
import io.outloud.community.pairing.PairingPlan;
import io.outloud.community.pairing.PairingPlanner;
import io.outloud.community.pairing.PairingRound;
import io.outloud.community.pairing.PairingSeat;
import io.outloud.community.pairing.PairingService;
import io.outloud.community.pairing.RecentBlockStarters;
import io.outloud.community.pairing.ao.AoPairMatch;
import io.outloud.community.pairing.ao.AoPairParticipant;
import io.outloud.community.pairing.ao.AoPairRound;
import io.outloud.community.pairing.ao.AoPairSchedule;
import io.outloud.community.pairing.ao.AoPairSeat;
import io.outloud.community.pairing.ao.AoPairingStore;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.people.Person;
import io.outloud.preview.FixedCommunities;
import io.outloud.preview.db.Database;
import io.outloud.wol.ao.AoBlock;
import io.outloud.wol.ao.AoStreamStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The load run's pairing figures ({@code scripts/bench pairing}): a round for a community of 5,000 opted-in members in
 * 12 departments with three earlier (answered) rounds of history, through the real service and AO store: the planner
 * alone, and the whole round (read members, participants and history; plan; write 2,500 matches and 5,000 seats in one
 * transaction; 5,000 notices, each with conversation starters from the partner's recent blocks). H2 by default;
 * OUTLOUD_BENCH_DB_URL names a PostgreSQL instead (a schema of its own, dropped afterwards). Figures are printed, not
 * asserted.
 */
public final class PairingLoadRun {
    private static final String C = "bench-guild";
    private static final int MEMBERS = 5_000;
    private static final int DEPARTMENTS = 12;

    private PairingLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getenv().getOrDefault("OUTLOUD_BENCH_DB_URL", "");
        Path dir = Files.createTempDirectory("outloud-pairing-bench");
        String schema = "outloud_pair_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String url = base.isBlank() ? "jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE"
                : base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        if (!base.isBlank()) {
            run(base, "CREATE SCHEMA " + schema);
        }
        try (Database database = new Database(url)) {
            System.out.println("Out Loud pairing run on " + (base.isBlank() ? "H2" : "PostgreSQL") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
            bench(database);
        } finally {
            if (!base.isBlank()) {
                run(base, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void bench(Database database) {
        JdbcActiveObjects ao = new JdbcActiveObjects(database.dataSource(), "io.outloud.confluence");
        ao.migrate(io.outloud.community.ao.AoCommunity.class, AoCommunityMember.class, AoPairParticipant.class, AoPairSchedule.class, AoPairRound.class, AoPairMatch.class, AoPairSeat.class,
                AoBlock.class);
        AoCommunityMembers members = new AoCommunityMembers(ao);
        AoPairingStore store = new AoPairingStore(ao);
        Instant now = Instant.parse("2026-11-02T09:00:00Z");
        members.put(new Membership(C, "lead", Membership.State.MEMBER, Membership.Role.LEAD, "Board", now));
        ao.executeInTransaction(() -> {
            for (int i = 0; i < MEMBERS; i++) {
                members.put(new Membership(C, "u" + i, Membership.State.MEMBER, Membership.Role.MEMBER, "Department " + (i % DEPARTMENTS), now));
                store.putParticipant(PairingParticipant.notEnrolled(C, "u" + i, now).optedIn(now));
            }
            return null;
        });
        AtomicInteger told = new AtomicInteger();
        PageAccess everyPage = new PageAccess() {
            @Override
            public Optional<PageRef> viewablePage(long pageId) {
                return Optional.empty();
            }

            @Override
            public Optional<PageRef> viewablePageFor(String userKey, long pageId) {
                return Optional.of(new PageRef(pageId, "TEAM", "Page", ""));
            }
        };
        io.outloud.people.PersonDirectory directory = keys -> keys.stream()
                .collect(Collectors.toMap(k -> k, k -> new Person(k, "Person " + k, null, "Department", "topics of " + k)));
        PairingService service = new PairingService(store, new FixedCommunities(C), members, directory,
                new RecentBlockStarters(new AoStreamStore(ao), everyPage, directory), notice -> told.incrementAndGet(), () -> Optional.of("lead"),
                Clock.systemUTC(), community -> true, everyPage);

        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            PairingRound made = service.startRound(C, null);
            long millis = (System.nanoTime() - start) / 1_000_000;
            ao.executeInTransaction(() -> {
                for (PairingSeat seat : store.seatsOfRound(C, made.number())) {
                    store.answer(seat.matchId(), seat.userKey(), PairingAnswer.MET, now);
                }
                return null;
            });
            System.out.printf(Locale.ROOT, "History round %d: %d matches in %d ms%n", made.number(), made.matches(), millis);
        }

        List<PairingCandidate> candidates = new ArrayList<>();
        for (Membership m : members.members(C, null, 0, Integer.MAX_VALUE)) {
            if (!m.isLead()) {
                candidates.add(new PairingCandidate(m.userKey(), m.department()));
            }
        }
        PairHistory history = PairHistory.of(store.meetings(C));
        long planStart = System.nanoTime();
        PairingPlan plan = new PairingPlanner().plan(candidates, history, 4);
        double planMillis = (System.nanoTime() - planStart) / 1e6;

        database.counter().start();
        int listed = members.members(C, null, 0, Integer.MAX_VALUE).size();
        System.out.printf(Locale.ROOT, "Reading the %,d members with their departments (CommunityMembers.members): %d SQL statements%n", listed,
                database.counter().stop());

        told.set(0);
        database.counter().start();
        long start = System.nanoTime();
        PairingRound round = service.startRound(C, null);
        double roundMillis = (System.nanoTime() - start) / 1e6;
        long statements = database.counter().stop();
        System.out.printf(Locale.ROOT, "Pairing round, %,d opted-in members in %d departments, 3 earlier rounds: planner alone %.1f ms (%d pairs, %d repeats)%n",
                MEMBERS, DEPARTMENTS, planMillis, plan.groups().size(), plan.repeats());
        System.out.printf(Locale.ROOT, "Pairing round %d, whole (read, plan, write in one transaction, tell): %.0f ms, %d matches, %d unmatched, %d notices, %d SQL statements%n",
                round.number(), roundMillis, round.matches(), round.unmatched(), told.get(), statements);
    }

    private static void run(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
