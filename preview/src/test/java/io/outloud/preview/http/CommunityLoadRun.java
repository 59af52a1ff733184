package io.outloud.preview.http;

import io.outloud.community.AskFanOut;
import io.outloud.community.CommunityMembers;
import io.outloud.community.CommunityStore;
import io.outloud.community.Membership;
import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.PageRepository;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.SpacePermission;
import io.outloud.preview.web.RequestFilter;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The communities' load run ({@code scripts/bench communities}): a community of 5,000 members in 12 departments; SQL
 * statements to render its first page against a community of 5; the render time of that page; join latency under 50
 * concurrent joiners; the directory's time with it listed; an ask's request (statements, time) and its fan-out to the
 * 5,000 (drained until empty). Figures printed, never asserted. H2 by default;
 * OUTLOUD_BENCH_DB_URL names a PostgreSQL instead.
 */
public final class CommunityLoadRun {
    static final int MEMBERS = 5_000;
    static final int JOINERS = 50;
    static final int JOINS_PER_USER = 20;

    private CommunityLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("outloud-bench");
        String db = System.getenv().getOrDefault("OUTLOUD_BENCH_DB_URL", "");
        PreviewConfig config = PreviewConfig.forTest(dataDir).withDatabaseUrl(db.isBlank() ? null : db);
        try (PreviewServer server = PreviewServer.start(config)) {
            System.out.println("Out Loud communities load run on " + (db.isBlank() ? "H2" : "PostgreSQL") + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            long t0 = System.nanoTime();
            List<String> users = users(server, MEMBERS + JOINERS);
            String small = community(server, "Bench five", users.subList(0, 5));
            String big = community(server, "Bench five thousand", users.subList(0, MEMBERS));
            System.out.printf(Locale.ROOT, "Set-up: %d people, communities of 5 and %d members, in %.1f s%n", users.size(), MEMBERS,
                    (System.nanoTime() - t0) / 1e9);

            PreviewClient alice = new PreviewClient(server.baseUrl()).actAs("alice");
            String smallPath = pagePath(server, small);
            String bigPath = pagePath(server, big);
            alice.get(smallPath);
            alice.get(bigPath);
            System.out.printf(Locale.ROOT, "SQL statements to render a community's page: 5 members %s, %d members %s%n",
                    alice.get(smallPath).header(RequestFilter.SQL_HEADER).orElse("?"), MEMBERS,
                    alice.get(bigPath).header(RequestFilter.SQL_HEADER).orElse("?"));
            System.out.printf(Locale.ROOT, "Render time of the first page of %d members, median of 40: %.1f ms%n", MEMBERS,
                    medianMillis(alice, bigPath, 40));
            System.out.printf(Locale.ROOT, "Directory with it listed, median of 40: %.1f ms%n",
                    medianMillis(alice, "/rest/outloud/1.0/communities", 40));
            System.out.printf(Locale.ROOT, "Next page of members (REST, offset 4,000), median of 40: %.1f ms%n",
                    medianMillis(alice, "/rest/outloud/1.0/communities/" + big + "/members?offset=4000&limit=30", 40));
            asks(server, small, big);
            joins(server, big, users.subList(MEMBERS, MEMBERS + JOINERS));
        }
    }

    /**
     * An ask to the community of 5 and to that of 5,000: statements and time of the request (median of 5 askers), then
     * the fan-out of one ask to the 5,000, drained until the queue is empty (the preview's own job may share the work).
     */
    private static void asks(PreviewServer server, String small, String big) throws Exception {
        List<PreviewClient> askers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            server.hosts().spaces().grant(DemoContent.TEAM, "bench-key-" + i, SpacePermission.VIEW);
            askers.add(new PreviewClient(server.baseUrl()).actAs("bench" + i));
        }
        String toSmall = askers.get(0).postJson("/rest/outloud/1.0/communities/" + small + "/asks", "{\"text\":\"Who knows queues?\"}")
                .header(RequestFilter.SQL_HEADER).orElse("?");
        AskFanOut fanOut = server.hosts().plugin().bean(AskFanOut.class);
        fanOut.drain(Duration.ofMinutes(1));
        PreviewClient.Response first = askers.get(0).postJson("/rest/outloud/1.0/communities/" + big + "/asks", "{\"text\":\"Who knows queues?\"}");
        if (first.statusCode() != 201) {
            throw new IllegalStateException("ask answered " + first.statusCode() + " " + first.body());
        }
        System.out.printf(Locale.ROOT, "SQL statements of the request that asks a community: 5 members %s, %d members %s%n", toSmall, MEMBERS,
                first.header(RequestFilter.SQL_HEADER).orElse("?"));
        long t = System.nanoTime();
        int told = 0;
        for (int turn = fanOut.drain(Duration.ofMinutes(10)); turn > 0; turn = fanOut.drain(Duration.ofMinutes(10))) {
            told += turn;
        }
        System.out.printf(Locale.ROOT, "Fan-out of one ask to %d members, drained until empty: %.1f s (%d told by this drain, in batches of %d)%n",
                MEMBERS, (System.nanoTime() - t) / 1e9, told, AskFanOut.BATCH);
        List<Double> times = new ArrayList<>();
        for (PreviewClient asker : askers.subList(1, 6)) {
            long at = System.nanoTime();
            PreviewClient.Response asked = asker.postJson("/rest/outloud/1.0/communities/" + big + "/asks", "{\"text\":\"Who knows queues?\"}");
            times.add((System.nanoTime() - at) / 1e6);
            if (asked.statusCode() != 201) {
                throw new IllegalStateException("ask answered " + asked.statusCode());
            }
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "Time of the request that asks the community of %d, median of 5 askers: %.1f ms%n", MEMBERS, times.get(2));
    }

    private static List<String> users(PreviewServer server, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = "bench-key-" + i;
            server.hosts().users().save(new PreviewUser(key, "bench" + i, "Bench User " + i, null, "Department " + (i % 12), "Tester", false));
            if (i >= MEMBERS) {
                server.hosts().spaces().grant(DemoContent.TEAM, key, SpacePermission.VIEW);
            }
            names.add("bench" + i);
        }
        return names;
    }

    /** A community saved on a page as Eva, with these people as members; its key. */
    private static String community(PreviewServer server, String name, List<String> usernames) {
        PageRepository pages = server.hosts().pages();
        long id = pages.create(DemoContent.TEAM, name, "<ac:structured-macro ac:name=\"outloud-community\" ac:schema-version=\"1\" ac:macro-id=\"bench-"
                + usernames.size() + "\"><ac:parameter ac:name=\"name\">" + name + "</ac:parameter></ac:structured-macro>", "8a7f80a1-eva");
        server.hosts().events().publish(new PageCreateEvent(CommunityLoadRun.class, pages.asConfluencePage(id).orElseThrow()));
        String key = server.hosts().plugin().bean(CommunityStore.class).homedOn(id).get(0).key();
        CommunityMembers members = server.hosts().plugin().bean(CommunityMembers.class);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < usernames.size(); i++) {
            members.put(new Membership(key, "bench-key-" + i, Membership.State.MEMBER, Membership.Role.MEMBER, "Department " + (i % 12),
                    at.plusSeconds(i)));
        }
        return key;
    }

    private static String pagePath(PreviewServer server, String key) {
        return "/pages/viewpage.action?pageId=" + server.hosts().plugin().bean(CommunityStore.class).find(key).orElseThrow().homePageId();
    }

    /** 50 people who are not members join and leave the big community at once, each {@value #JOINS_PER_USER} times. */
    private static void joins(PreviewServer server, String key, List<String> joiners) throws Exception {
        String me = "/rest/outloud/1.0/communities/" + key + "/members/me";
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(joiners.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (String user : joiners) {
            futures.add(pool.submit(() -> {
                PreviewClient client = new PreviewClient(server.baseUrl()).actAs(user);
                go.await();
                for (int i = 0; i < JOINS_PER_USER; i++) {
                    long t = System.nanoTime();
                    int status = client.send(i % 2 == 0 ? "PUT" : "DELETE", me, null, null).statusCode();
                    if (i % 2 == 0) {
                        latencies.add((System.nanoTime() - t) / 1e6);
                    }
                    if (status >= 300) {
                        throw new IllegalStateException("join answered " + status);
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "Joins to a community of %d under %d concurrent joiners (%d joins, each followed by a leave): "
                        + "p50 %.1f ms, p99 %.1f ms, %.0f requests/s%n", MEMBERS, joiners.size(), sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), 2 * sorted.size() / seconds);
        int members = server.hosts().plugin().bean(CommunityMembers.class).memberKeys(key).size();
        // The 5,000 and Eva, who made it and leads it.
        System.out.println("Members after every joiner left again: " + members + (members == MEMBERS + 1 ? " (exact)" : " (WRONG)"));
    }

    private static double medianMillis(PreviewClient client, String path, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            int status = client.get(path).statusCode();
            times.add((System.nanoTime() - t) / 1e6);
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status);
            }
        }
        Collections.sort(times);
        return times.get(runs / 2);
    }
}
