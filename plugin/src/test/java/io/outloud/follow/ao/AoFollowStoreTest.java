package io.outloud.follow.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Keyset;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.follow.Follow;
import io.outloud.follow.FollowKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The follow store and its personal data on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoFollowStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-12-07T09:15:30.123Z");
    private static final String LONG_KEY = "8a7f80f4-".repeat(28);

    private JdbcActiveObjects aoOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoFollow.class);
        return ao;
    }

    @EachDatabase
    void add_isOncePerFollowerAndTarget_andRemoveTakesItAway(TestDatabase db) {
        AoFollowStore store = new AoFollowStore(aoOn(db));

        assertTrue(store.add("bruno", FollowKind.PERSON, "farid", T0));
        assertFalse(store.add("bruno", FollowKind.PERSON, "farid", T0.plusSeconds(1)));
        assertTrue(store.add("bruno", FollowKind.LABEL, "farid", T0), "the same text as another kind is another target");
        assertTrue(store.add("chloe", FollowKind.PERSON, "farid", T0));
        assertTrue(store.add(LONG_KEY, FollowKind.PERSON, LONG_KEY, T0), "two long keys still make one unique key");
        assertEquals(2, store.count("bruno"));

        assertTrue(store.remove("bruno", FollowKind.PERSON, "farid"));
        assertFalse(store.remove("bruno", FollowKind.PERSON, "farid"));
        assertEquals(List.of(new Follow(store.all("bruno").get(0).id(), "bruno", FollowKind.LABEL, "farid", T0)), store.all("bruno"));
        assertEquals(1, store.count("chloe"));
    }

    @EachDatabase
    void concurrentFollowsOfOneTarget_leaveOneRow(TestDatabase db) throws Exception {
        AoFollowStore store = new AoFollowStore(aoOn(db));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> added = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Boolean> add = () -> store.add("bruno", FollowKind.COMMUNITY, "data-curious", T0);
                added.add(pool.submit(add));
            }
            int rows = 0;
            for (Future<Boolean> each : added) {
                rows += each.get() ? 1 : 0;
            }
            assertEquals(1, rows);
            assertEquals(1, store.count("bruno"));
        } finally {
            pool.shutdownNow();
        }
    }

    @EachDatabase
    void mine_pagesNewestFirst_byKeyset(TestDatabase db) {
        AoFollowStore store = new AoFollowStore(aoOn(db));
        for (int i = 0; i < 5; i++) {
            store.add("bruno", FollowKind.LABEL, "l" + i, T0.plusSeconds(i % 3)); // ties on time, told apart by id
        }
        store.add("chloe", FollowKind.LABEL, "hers", T0.plusSeconds(9));

        List<Follow> first = store.mine("bruno", null, 3);
        List<Follow> rest = store.mine("bruno", first.get(2).position(), 3);

        assertEquals(List.of("l2", "l4", "l1"), first.stream().map(Follow::target).toList());
        assertEquals(List.of("l3", "l0"), rest.stream().map(Follow::target).toList());
        assertEquals(List.of(), store.mine("bruno", new Keyset(T0.toEpochMilli(), 0), 3));
    }

    @EachDatabase
    void personalData_exportsWhatThePersonFollows_andErasureRemovesTheirFollowsAndFollowsOfThem(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        AoFollowStore store = new AoFollowStore(ao);
        store.add("farid", FollowKind.LABEL, "export", T0);
        store.add("bruno", FollowKind.PERSON, "farid", T0);
        store.add("bruno", FollowKind.LABEL, "farid", T0); // a label that reads like the key: not a follow of the person
        store.add("chloe", FollowKind.PERSON, "bruno", T0);
        FollowPersonalData data = new FollowPersonalData(ao);

        assertEquals(1, data.size("farid"), "who follows a person is not theirs to export");
        List<String> exported = new ArrayList<>();
        data.export("farid", new io.outloud.common.privacy.ExportSink() {
            @Override
            public void section(String name) {
                exported.add("#" + name);
            }

            @Override
            public void row(java.util.Map<String, Object> fields) {
                exported.add(fields.get("kind") + ":" + fields.get("target"));
            }
        });
        assertEquals(List.of("#follows", "LABEL:export"), exported);

        data.erase("farid", TextsOnErasure.DELETE);

        assertEquals(0, store.count("farid"));
        assertEquals(List.of("farid"), store.all("bruno").stream().map(Follow::target).toList());
        assertEquals(FollowKind.LABEL, store.all("bruno").get(0).kind());
        assertEquals(1, store.count("chloe"));
    }

    @EachDatabase
    void theSweepsHolders_areFollowersAndFollowedPeople_butNotLabelsOrCommunities(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        AoFollowStore store = new AoFollowStore(ao);
        store.add("mia", FollowKind.PERSON, "farid", T0);
        store.add("mia", FollowKind.LABEL, "dora", T0);
        store.add("mia", FollowKind.COMMUNITY, "carl", T0);
        FollowPersonalData data = new FollowPersonalData(ao);

        assertEquals(java.util.Optional.of("farid"), data.nextHolder(""), "farid is only followed, and still found");
        assertEquals(java.util.Optional.of("mia"), data.nextHolder("farid"));
        assertEquals(java.util.Optional.empty(), data.nextHolder("mia"), "a label or a community is nobody");
    }
}
