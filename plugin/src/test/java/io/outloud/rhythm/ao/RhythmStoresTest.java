package io.outloud.rhythm.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.privacy.RetentionCutoffs;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.notify.Notice;
import io.outloud.rhythm.Cadence;
import io.outloud.rhythm.NoticeTopic;
import io.outloud.rhythm.RhythmPreferences;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rhythm's stores and personal data on H2 and PostgreSQL, through the ActiveObjects calls they make in Confluence. */
class RhythmStoresTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-12-14T07:00:00.123Z");

    private JdbcActiveObjects aoOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoRhythmPref.class, AoHeldNotice.class, AoDigestRun.class, AoDigestSent.class);
        return ao;
    }

    @EachDatabase
    void preferences_areSavedOncePerPerson_readInOneCall_andTheNudgedAreListedInOrder(TestDatabase db) {
        AoRhythmPreferenceStore store = new AoRhythmPreferenceStore(aoOn(db));
        RhythmPreferences daily = RhythmPreferences.DEFAULT.with(Map.of(NoticeTopic.REPLIES, Cadence.DAILY), false, true);

        store.save("bruno", daily, T0);
        store.save("bruno", daily.with(Map.of(NoticeTopic.HELP, Cadence.OFF), null, null), T0.plusSeconds(1));
        store.save("anna", RhythmPreferences.DEFAULT.with(Map.of(), null, true), T0);
        store.save("chloe", RhythmPreferences.DEFAULT, T0);

        Map<String, RhythmPreferences> found = store.find(List.of("bruno", "chloe", "nobody"));
        assertEquals(2, found.size());
        assertEquals(Cadence.DAILY, found.get("bruno").cadences().get(NoticeTopic.REPLIES));
        assertEquals(Cadence.OFF, found.get("bruno").cadences().get(NoticeTopic.HELP));
        assertEquals(Cadence.WEEKLY, found.get("bruno").cadences().get(NoticeTopic.COMMUNITY_ASKS), "a default stays");
        assertFalse(found.get("bruno").weeklyDigest());
        assertEquals(RhythmPreferences.DEFAULT, store.of("nobody"));
        assertEquals(List.of("anna", "bruno"), store.nudged("", 10));
        assertEquals(List.of("bruno"), store.nudged("anna", 10));
    }

    @EachDatabase
    void heldNotices_comeBackAsTheyWere_perCadence_upToATime_andAreReleased(TestDatabase db) {
        AoHeldNoticeStore store = new AoHeldNoticeStore(aoOn(db));
        Notice ask = new Notice("bruno", Notice.Kind.COMMUNITY_ASK, "chloe", 30, "data-curious", "Who knows ünïcode?", 7);
        Notice reply = new Notice("bruno", Notice.Kind.REPLY, "", 10, "m1", "");
        store.hold(List.of(ask), Cadence.WEEKLY, T0);
        store.hold(List.of(reply), Cadence.DAILY, T0);
        store.hold(List.of(new Notice("anna", Notice.Kind.REPLY, "bruno", 10, "m1", "x")), Cadence.DAILY, T0.plusSeconds(60));
        store.hold(List.of(new Notice("anna", Notice.Kind.MENTION, "bruno", 10, "m1", "y")), Cadence.DAILY, T0.plusSeconds(60));

        assertEquals(List.of(ask), store.held("bruno", Cadence.WEEKLY, T0, 10));
        assertEquals(List.of(reply), store.held("bruno", Cadence.DAILY, T0, 10));
        assertEquals(List.of(), store.held("anna", Cadence.DAILY, T0, 10), "held after the time asked for");
        assertEquals(List.of("anna", "bruno"), store.holders(Cadence.DAILY, "", 10), "each person once");
        assertEquals(List.of("anna"), store.holders(Cadence.DAILY, "", 1));
        assertEquals(List.of("bruno"), store.holders(Cadence.WEEKLY, "", 10));

        assertEquals(1, store.release("bruno", Cadence.DAILY, T0));
        assertEquals(List.of(ask), store.held("bruno", Cadence.WEEKLY, T0, 10), "the other cadence stays");
    }

    @EachDatabase
    void aRun_movesOnOnlyFromWhereItStood_andEndsDone_andAClaimIsOncePerPersonAndPeriod_alsoConcurrently(TestDatabase db) throws Exception {
        AoDigestRunStore store = new AoDigestRunStore(aoOn(db));
        assertEquals(Optional.of(""), store.cursor("weekly:2026-12-14"));
        assertTrue(store.advance("weekly:2026-12-14", "", "bruno", false));
        assertFalse(store.advance("weekly:2026-12-14", "", "chloe", false), "another run moved it");
        assertEquals(Optional.of("bruno"), store.cursor("weekly:2026-12-14"));
        assertTrue(store.advance("weekly:2026-12-14", "bruno", "bruno", true));
        assertEquals(Optional.empty(), store.cursor("weekly:2026-12-14"));
        assertEquals(Optional.of(""), store.cursor("weekly:2026-12-21"), "each period its own run");
        assertEquals(T0, store.firstTurn(T0));
        assertEquals(T0, store.firstTurn(T0.plusSeconds(3600)), "the first turn is kept");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Boolean> claim = () -> store.claim("weekly:2026-12-14", "bruno", T0);
                claims.add(pool.submit(claim));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdown();
        }
        assertTrue(store.claim("weekly:2026-12-21", "bruno", T0));
        assertTrue(store.claim("weekly:2026-12-14", "anna", T0));
    }

    @EachDatabase
    void personalData_findsEveryoneItHolds_andErasingLeavesNoKey(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        new AoRhythmPreferenceStore(ao).save("bruno", RhythmPreferences.DEFAULT, T0);
        new AoHeldNoticeStore(ao).hold(List.of(new Notice("anna", Notice.Kind.REPLY, "bruno", 10, "m1", "bruno wrote this")), Cadence.WEEKLY, T0);
        new AoDigestRunStore(ao).claim("weekly:2026-12-14", "chloe", T0);
        RhythmPersonalData data = new RhythmPersonalData(ao);

        assertEquals(Optional.of("anna"), data.nextHolder(""));
        assertEquals(Optional.of("bruno"), data.nextHolder("anna"));
        assertEquals(Optional.of("chloe"), data.nextHolder("bruno"));
        assertEquals(1, data.size("bruno"));

        data.erase("bruno", TextsOnErasure.DELETE);
        assertEquals(0, data.size("bruno"));
        assertEquals(0, ao.count(AoHeldNotice.class, net.java.ao.Query.select()), "the notice quoting what bruno wrote is gone too");
        assertEquals(1, data.size("chloe"));
    }

    @EachDatabase
    void retention_removesHeldNoticesAndClaimsOlderThanTheNoticesPeriod_inBoundedBatches(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        AoHeldNoticeStore held = new AoHeldNoticeStore(ao);
        AoDigestRunStore runs = new AoDigestRunStore(ao);
        Instant old = T0.minusSeconds(400L * 24 * 3600);
        held.hold(List.of(new Notice("bruno", Notice.Kind.REPLY, "chloe", 10, "m1", "old")), Cadence.WEEKLY, old);
        held.hold(List.of(new Notice("anna", Notice.Kind.REPLY, "chloe", 10, "m1", "old too")), Cadence.WEEKLY, old);
        held.hold(List.of(new Notice("bruno", Notice.Kind.REPLY, "chloe", 10, "m2", "new")), Cadence.WEEKLY, T0);
        runs.claim("weekly:2025-11-03", "bruno", old);
        runs.claim("weekly:2026-12-14", "bruno", T0);
        RetentionCutoffs cutoffs = new RetentionCutoffs(LocalDate.of(2026, 9, 1), T0.minusSeconds(365L * 24 * 3600),
                T0.minusSeconds(365L * 24 * 3600), Optional.empty());

        RhythmRetention retention = new RhythmRetention(ao);
        assertEquals(2, retention.expire(cutoffs, 2), "at most the limit a call");
        assertEquals(1, retention.expire(cutoffs, 2), "then the old claim");
        assertEquals(0, retention.expire(cutoffs, 2));

        assertEquals(1, held.held("bruno", Cadence.WEEKLY, T0, 10).size(), "the new one stays");
        assertEquals(List.of(), held.held("anna", Cadence.WEEKLY, T0, 10));
        assertFalse(runs.claim("weekly:2026-12-14", "bruno", T0), "the recent claim stays: nobody told twice");
    }
}
