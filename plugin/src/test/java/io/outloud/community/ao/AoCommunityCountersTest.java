package io.outloud.community.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Keyset;
import io.outloud.community.Community;
import io.outloud.community.CommunityDirectory;
import io.outloud.community.CommunityStore;
import io.outloud.community.Membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directory's counters on H2 and PostgreSQL: kept exact by every membership write (also by concurrent joiners and
 * leavers of one community), counted for rows from before them, and read a keyset page at a time in each sort order.
 */
class AoCommunityCountersTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");
    private static final CommunityStore.Filter ANY = new CommunityStore.Filter("", "", "");

    private JdbcActiveObjects ao;
    private AoCommunityStore store;
    private AoCommunityMembers members;

    private void on(TestDatabase db) {
        ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoCommunity.class, AoCommunityMember.class);
        store = new AoCommunityStore(ao);
        members = new AoCommunityMembers(ao);
    }

    private Community make(String key, String name, String curiosity, List<String> labels, Instant at) {
        return store.create(new Community(key, name, curiosity, Community.Access.OPEN, labels, 0, "", "key-lead", at));
    }

    private static Membership in(String community, String user, Membership.State state, String department) {
        return new Membership(community, user, state, Membership.Role.MEMBER, department, T0);
    }

    /** The counters the directory reads against what the membership rows say now. */
    private void assertCounted(String key) {
        Map<String, Integer> truth = members.departments(key);
        Set<String> named = new TreeSet<>(truth.keySet());
        named.remove("");
        CommunityStore.Counted counted = store.counted(List.of(key)).get(0);
        assertEquals(truth.values().stream().mapToInt(Integer::intValue).sum(), counted.members(), "members of " + key);
        assertEquals(named, counted.departments(), "departments of " + key);
        assertEquals(named.size(), counted.departmentCount(), "department count of " + key);
    }

    @EachDatabase
    void everyMembershipWrite_keepsTheCountersExact(TestDatabase db) {
        on(db);
        make("design", "Design", "", List.of(), T0);
        assertCounted("design");

        members.put(new Membership("design", "lead", Membership.State.MEMBER, Membership.Role.LEAD, "Design", T0));
        members.join("design", "ann", T0);
        members.put(in("design", "bob", Membership.State.MEMBER, "Finance"));
        members.put(in("design", "cat", Membership.State.REQUESTED, "Legal"));
        members.put(in("design", "dan", Membership.State.INVITED, "Sales"));
        assertCounted("design");
        assertEquals(3, store.counted(List.of("design")).get(0).members(), "requests and invitations are not members");
        assertEquals(Set.of("Design", "Finance"), store.counted(List.of("design")).get(0).departments());

        members.put(in("design", "cat", Membership.State.MEMBER, "Legal")); // approved
        members.join("design", "dan", T0); // accepted
        assertCounted("design");
        assertEquals(Set.of("Design", "Finance", "Legal", "Sales"), store.counted(List.of("design")).get(0).departments());

        members.leave("design", "bob");
        members.leave("design", "nobody");
        assertCounted("design");
        assertEquals(Set.of("Design", "Legal", "Sales"), store.counted(List.of("design")).get(0).departments(), "Finance left with Bob");

        members.departmentChanged("cat", "Design");
        members.departmentChanged("dan", "");
        assertCounted("design");
        assertEquals(Set.of("Design"), store.counted(List.of("design")).get(0).departments(), "people moved");
        assertEquals(4, store.counted(List.of("design")).get(0).members());

        members.deleteCommunity("design");
        assertCounted("design");
    }

    @EachDatabase
    void concurrentJoinersAndLeavers_ofOneCommunity_leaveExactCounts(TestDatabase db) throws Exception {
        on(db);
        make("busy", "Busy", "", List.of(), T0);
        int threads = 12;
        int perThread = 12;
        String[] departments = {"Design", "Finance", "Legal", "Sales", "IT", ""};
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    String user = "u" + thread + "-" + i;
                    members.put(in("busy", user, Membership.State.MEMBER, departments[(thread + i) % departments.length]));
                    members.put(in("busy", "everyone", Membership.State.MEMBER, "IT")); // the same person, racing
                    if (i % 3 == 0) {
                        members.leave("busy", user);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        assertCounted("busy");
        assertEquals(threads * (perThread - perThread / 3) + 1, store.counted(List.of("busy")).get(0).members());
    }

    @EachDatabase
    void communitiesFromBeforeTheCounters_areCountedOnce(TestDatabase db) {
        on(db);
        make("old", "Old", "Old Questions", List.of(), T0);
        members.put(in("old", "ann", Membership.State.MEMBER, "Design"));
        members.put(in("old", "bob", Membership.State.MEMBER, "Finance"));
        members.put(in("old", "cat", Membership.State.REQUESTED, "Legal"));
        AoCommunity row = ao.find(AoCommunity.class, AoCommunity.COMMUNITY_KEY + " = ?", "old")[0];
        row.setCountSerial(0);
        row.setMemberCount(0);
        row.setDepartmentCount(0);
        row.setDepartments(null);
        row.setSearchText(null);
        row.save();
        assertEquals(0, store.counted(List.of("old")).get(0).members());

        assertEquals(1, members.countUncounted(100));
        assertEquals(0, members.countUncounted(100), "counted once");

        assertCounted("old");
        assertEquals(2, store.counted(List.of("old")).get(0).members());
        assertEquals(List.of("old"), keys(store.page(new CommunityStore.Filter("questions", "", ""), CommunityDirectory.Sort.NAME, null, 5)),
                "searchable again");
    }

    /** 30 communities of different sizes, activity and names, some sharing them (the keyset's id breaks ties). */
    private void thirty() {
        for (int i = 0; i < 30; i++) {
            String key = "c" + i;
            make(key, (i % 4 == 0 ? "same name " : "Name ") + (char) ('a' + (i * 7) % 26) + i, i % 5 == 0 ? "50% of data_sets" : "curious",
                    i % 3 == 0 ? List.of("ai", "x") : List.of("y"), T0.plusSeconds(i % 6));
            for (int m = 0; m < i % 7; m++) {
                members.put(in(key, "p" + m, Membership.State.MEMBER, m % 2 == 0 ? "Design" : "Legal"));
            }
        }
    }

    private static List<String> keys(List<CommunityStore.Counted> page) {
        return page.stream().map(c -> c.community().key()).toList();
    }

    private List<String> walk(CommunityStore.Filter filter, CommunityDirectory.Sort sort, int limit, Function<CommunityStore.Counted, Keyset> position) {
        List<String> all = new ArrayList<>();
        Keyset after = null;
        while (true) {
            List<CommunityStore.Counted> page = store.page(filter, sort, after, limit);
            all.addAll(keys(page));
            if (page.size() < limit) {
                return all;
            }
            after = position.apply(page.get(page.size() - 1));
        }
    }

    @EachDatabase
    void pages_walkEachSortOrder_withoutRepeatsOrSkips(TestDatabase db) {
        on(db);
        thirty();
        List<CommunityStore.Counted> every = store.page(ANY, CommunityDirectory.Sort.NAME, null, 100);
        assertEquals(30, every.size());

        List<String> byActivity = every.stream().sorted(Comparator.comparing(CommunityStore.Counted::activeAt)
                .thenComparingLong(CommunityStore.Counted::id).reversed()).map(c -> c.community().key()).toList();
        List<String> bySize = every.stream().sorted(Comparator.comparingInt(CommunityStore.Counted::members)
                .thenComparingLong(CommunityStore.Counted::id).reversed()).map(c -> c.community().key()).toList();
        List<String> byName = every.stream().sorted(Comparator.comparing((CommunityStore.Counted c) -> c.community().name().toLowerCase())
                .thenComparingLong(CommunityStore.Counted::id)).map(c -> c.community().key()).toList();

        assertEquals(byActivity, walk(ANY, CommunityDirectory.Sort.ACTIVITY, 7, c -> new Keyset(c.activeAt().toEpochMilli(), c.id())));
        assertEquals(bySize, walk(ANY, CommunityDirectory.Sort.SIZE, 7, c -> new Keyset(c.members(), c.id())));
        assertEquals(byName, walk(ANY, CommunityDirectory.Sort.NAME, 7, c -> new Keyset(0, c.id())));
        assertEquals(6, store.counted(List.of("c6")).get(0).members());
    }

    @EachDatabase
    void filters_searchLabelAndDepartment_onTheCommunitysOwnRow_literally(TestDatabase db) {
        on(db);
        thirty();

        Set<String> fifty = new HashSet<>(keys(store.page(new CommunityStore.Filter("50%", "", ""), CommunityDirectory.Sort.NAME, null, 50)));
        assertEquals(Set.of("c0", "c5", "c10", "c15", "c20", "c25"), fifty);
        assertEquals(Set.of("c0", "c5", "c10", "c15", "c20", "c25"),
                new HashSet<>(keys(store.page(new CommunityStore.Filter("a_s", "", ""), CommunityDirectory.Sort.NAME, null, 50))),
                "_ is no wildcard: 'data_sets' only");
        assertEquals(List.of(), store.page(new CommunityStore.Filter("5%0", "", ""), CommunityDirectory.Sort.NAME, null, 50), "% is no wildcard");

        List<String> ai = keys(store.page(new CommunityStore.Filter("", "ai", ""), CommunityDirectory.Sort.ACTIVITY, null, 50));
        assertEquals(10, ai.size());
        assertTrue(ai.stream().allMatch(k -> Integer.parseInt(k.substring(1)) % 3 == 0));
        assertEquals(List.of(), store.page(new CommunityStore.Filter("", "a", ""), CommunityDirectory.Sort.ACTIVITY, null, 50), "whole labels");

        // Legal needs a second member: sizes i % 7 of 2 or more.
        Set<String> legal = new HashSet<>(keys(store.page(new CommunityStore.Filter("", "", "Legal"), CommunityDirectory.Sort.SIZE, null, 50)));
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            if (i % 7 >= 2) {
                expected.add("c" + i);
            }
        }
        assertEquals(expected, legal);
        assertEquals(List.of(), store.page(new CommunityStore.Filter("", "", "Leg"), CommunityDirectory.Sort.SIZE, null, 50), "whole departments");
    }

    @EachDatabase
    void aPage_isOneStatement_twoByNameAfterACursor_whateverTheMembers(TestDatabase db) {
        on(db);
        thirty();
        Keyset after = new Keyset(0, store.page(ANY, CommunityDirectory.Sort.NAME, null, 3).get(2).id());

        db.statementCounter().start();
        store.page(ANY, CommunityDirectory.Sort.SIZE, new Keyset(3, 10), 20);
        assertEquals(1, db.statementCounter().stop());
        db.statementCounter().start();
        store.page(ANY, CommunityDirectory.Sort.NAME, after, 20);
        assertEquals(2, db.statementCounter().stop());
    }
}
