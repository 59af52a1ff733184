package io.outloud.preview.http;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.scheduler.config.JobId;
import io.outloud.community.Membership;
import io.outloud.community.ao.AoCommunityAskStore;
import io.outloud.community.ao.AoCommunityMembers;
import io.outloud.follow.FollowKind;
import io.outloud.follow.ao.AoFollowStore;
import io.outloud.people.ao.AoPersonProfiles;
import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.host.PreviewUser;
import io.outloud.rhythm.ao.AoDigestRun;
import io.outloud.rhythm.ao.AoDigestSent;
import net.java.ao.Query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The weekly digest's load run ({@code scripts/bench rhythm}): {@value #PEOPLE} people, each in the demo's "Data curious"
 * community, following Farid, a third of them open to talk about something; then the preview's clock moves on to next
 * Monday morning and the plugin's cluster job runs until the week's run went through everyone. Prints the time, the
 * mails, and the SQL statements per person (the app's and the host's together, as the preview counts them: the host's
 * page permission checks are in it). Figures printed, never asserted. H2 by default; OUTLOUD_BENCH_DB_URL names a
 * PostgreSQL instead.
 */
public final class RhythmLoadRun {
    static final int PEOPLE = Integer.getInteger("outloud.rhythm.people", 10_000);
    private static final JobId JOB = JobId.of("io.outloud.rhythm.digests");

    private RhythmLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("outloud-bench");
        String db = System.getenv().getOrDefault("OUTLOUD_BENCH_DB_URL", "");
        try (PreviewServer server = PreviewServer.start(PreviewConfig.forTest(dataDir).withDatabaseUrl(db.isBlank() ? null : db))) {
            System.out.println("Out Loud weekly digest load run on " + (db.isBlank() ? "H2" : "PostgreSQL") + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, load average " + DirectoryLoadRun.loadAverage());
            ActiveObjects ao = server.hosts().activeObjects();
            long t0 = System.nanoTime();
            seed(server, ao);
            System.out.printf(Locale.ROOT, "Seeded %,d people in %.1f s%n", PEOPLE, (System.nanoTime() - t0) / 1e9);
            // Let this week's run (if due now) finish first, so that only next week's is measured.
            drain(server);
            int sentBefore = ao.count(AoDigestSent.class, Query.select());

            server.clock().advance(Duration.between(server.clock().instant(), nextMondayMorning(server)));
            long statements = server.statementsSoFar();
            t0 = System.nanoTime();
            int turns = drain(server);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long used = server.statementsSoFar() - statements;
            int sent = ao.count(AoDigestSent.class, Query.select()) - sentBefore;
            System.out.printf(Locale.ROOT, "Weekly digest for %,d people: %,d mails in %.1f s (%.2f ms per person) in %d job turns,"
                    + " %,d SQL statements (%.1f per person)%n", PEOPLE, sent, seconds, seconds * 1000 / PEOPLE, turns, used, (double) used / PEOPLE);
        }
    }

    /** Gives the job turns until every due period's run is done; how many turns it took. */
    private static int drain(PreviewServer server) {
        int turns = 0;
        do {
            server.hosts().scheduler().makeDue(JOB);
            server.hosts().scheduler().runDueJobs();
            turns++;
        } while (server.hosts().activeObjects().count(AoDigestRun.class, Query.select().where(AoDigestRun.DONE + " = ?", false)) > 0 && turns < 100);
        return turns;
    }

    private static Instant nextMondayMorning(PreviewServer server) {
        return new io.outloud.rhythm.DigestCalendar(java.time.ZoneId.systemDefault()).nextMondayMorning(server.clock().instant()).plus(Duration.ofHours(1));
    }

    private static void seed(PreviewServer server, ActiveObjects ao) {
        AoCommunityMembers members = new AoCommunityMembers(ao);
        AoFollowStore follows = new AoFollowStore(ao);
        AoPersonProfiles profiles = new AoPersonProfiles(ao);
        Instant at = server.clock().instant().minus(Duration.ofDays(30));
        for (int i = 0; i < PEOPLE; i++) {
            String key = String.format(Locale.ROOT, "bench-%05d", i);
            server.hosts().users().save(new PreviewUser(key, "bench" + i, "Bench Person " + i, "bench" + i + "@example.test", "Dept " + (i % 12),
                    "Tester", false));
            members.put(new Membership("data-curious", key, Membership.State.MEMBER, Membership.Role.MEMBER, "Dept " + (i % 12), at));
            follows.add(key, FollowKind.PERSON, "8a7f80a1-farid", at);
            if (i % 3 == 0) {
                profiles.putOpenTo(key, "export, dashboards", at);
            }
        }
        // One ask of the week, already told (its fan-out is not what is measured here).
        AoCommunityAskStore asks = new AoCommunityAskStore(ao);
        asks.toldAll(asks.add("data-curious", "8a7f80a1-chloe", "Who has tried the new export?", server.clock().instant()).id());
    }
}
