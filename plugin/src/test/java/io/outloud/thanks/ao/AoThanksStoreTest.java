package io.outloud.thanks.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Keyset;
import io.outloud.common.privacy.ExportSink;
import io.outloud.common.privacy.RetentionCutoffs;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.thanks.Occasion;
import io.outloud.thanks.Thanks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thanks store, its personal data and its retention on H2 and PostgreSQL, through the calls it makes in Confluence. */
class AoThanksStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-12-07T09:15:30.123Z");
    private static final String LONG_KEY = "8a7f80f4-".repeat(28);

    private JdbcActiveObjects aoOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoThanks.class, AoThanksChoice.class);
        return ao;
    }

    @EachDatabase
    void add_isOncePerThankerOccasionAndReceiver_andKeepsTheNoteAsWritten(TestDatabase db) {
        AoThanksStore store = new AoThanksStore(aoOn(db));
        String note = "Merci \uD83C\uDF89 \u0645\u0631\u062D\u0628\u0627\nline two";

        Thanks first = store.add("bruno", "alice", Occasion.HELP, 7L, note, false, T0).orElseThrow();
        assertTrue(store.add("bruno", "alice", Occasion.HELP, 7L, "again", false, T0.plusSeconds(1)).isEmpty());
        assertTrue(store.add("bruno", "alice", Occasion.SHARE, 7L, "another occasion", false, T0).isPresent());
        assertTrue(store.add("bruno", "farid", Occasion.PAIRING, 7L, "the other partner", false, T0).isPresent());
        assertTrue(store.add(LONG_KEY, LONG_KEY, Occasion.HELP, Long.MAX_VALUE, "x".repeat(500), true, T0).isPresent(), "long keys, one unique key");

        assertEquals(Optional.of(new Thanks(first.id(), "bruno", "alice", Occasion.HELP, 7L, note, false, false, T0)), store.find(first.id()));
        assertEquals(Set.of(7L), store.thankedAmong("bruno", Occasion.HELP, List.of(7L, 8L)));
        assertEquals(Set.of(), store.thankedAmong("alice", Occasion.HELP, List.of(7L)));
    }

    @EachDatabase
    void add_concurrently_keepsOneRow(TestDatabase db) throws Exception {
        AoThanksStore store = new AoThanksStore(aoOn(db));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> added = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Boolean> add = () -> store.add("bruno", "alice", Occasion.HELP, 1L, "thanks", false, T0).isPresent();
                added.add(pool.submit(add));
            }
            int rows = 0;
            for (Future<Boolean> each : added) {
                rows += each.get() ? 1 : 0;
            }
            assertEquals(1, rows);
            assertEquals(1, store.received("alice", null, 10).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @EachDatabase
    void received_pagesNewestFirst_andShownIsTheReceiversOnly(TestDatabase db) {
        AoThanksStore store = new AoThanksStore(aoOn(db));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(store.add("p" + i, "alice", Occasion.HELP, i, "n" + i, false, T0.plusSeconds(i % 3)).orElseThrow().id());
        }
        store.add("p9", "farid", Occasion.HELP, 9L, "his", false, T0.plusSeconds(9));

        List<Thanks> first = store.received("alice", null, 3);
        assertEquals(List.of("n2", "n4", "n1"), first.stream().map(Thanks::note).toList());
        assertEquals(List.of("n3", "n0"), store.received("alice", first.get(2).position(), 3).stream().map(Thanks::note).toList());
        assertEquals(List.of(), store.received("alice", new Keyset(T0.toEpochMilli(), 0), 3));

        assertFalse(store.setShown(ids.get(1), "farid", true), "not his");
        assertTrue(store.setShown(ids.get(1), "alice", true));
        assertTrue(store.setShown(ids.get(3), "alice", true));
        assertEquals(List.of("n1", "n3"), store.shownOf(List.of("alice", "farid"), 10).stream().map(Thanks::note).toList());
        assertEquals(List.of("n1"), store.shownOf(List.of("alice"), 1).stream().map(Thanks::note).toList());
        assertTrue(store.setShown(ids.get(3), "alice", false));
        assertEquals(List.of("n1"), store.shownOf(List.of("alice"), 10).stream().map(Thanks::note).toList());
    }

    @EachDatabase
    void thankersSince_areDistinctPeople_andTheSummaryChoiceIsPerPerson(TestDatabase db) {
        AoThanksStore store = new AoThanksStore(aoOn(db));
        store.add("bruno", "alice", Occasion.HELP, 1L, "old", false, T0.minus(Duration.ofDays(100)));
        store.add("chloe", "alice", Occasion.HELP, 2L, "a", false, T0);
        store.add("chloe", "alice", Occasion.SHARE, 3L, "b", false, T0.plusSeconds(1));
        store.add("farid", "alice", Occasion.HELP, 4L, "c", false, T0);

        assertEquals(Set.of("chloe", "farid"), store.thankersSince("alice", T0.minusSeconds(60), 100));

        assertFalse(store.summaryPublic("alice"));
        store.setSummaryPublic("alice", true);
        store.setSummaryPublic("farid", true);
        store.setSummaryPublic("farid", false);
        assertTrue(store.summaryPublic("alice"));
        assertEquals(Set.of("alice"), store.summaryPublicAmong(List.of("alice", "farid", "nobody")));
    }

    @EachDatabase
    void personalData_exportsGivenAndReceived_hidingWhomUnnamedFeedbackThanksReached_andErasureRemovesBoth(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        AoThanksStore store = new AoThanksStore(ao);
        store.add("bruno", "chloe", Occasion.FEEDBACK, 5L, "for the unnamed feedback", true, T0);
        store.add("bruno", "alice", Occasion.HELP, 6L, "for the help", false, T0);
        store.add("farid", "bruno", Occasion.SHARE, 7L, "for the answer", false, T0);
        store.add("farid", "alice", Occasion.SHARE, 8L, "not Bruno's", false, T0);
        store.setSummaryPublic("bruno", true);
        ThanksPersonalData data = new ThanksPersonalData(ao);

        assertEquals(4, data.size("bruno"));
        List<String> exported = new ArrayList<>();
        data.export("bruno", new ExportSink() {
            @Override
            public void section(String name) {
                exported.add("#" + name);
            }

            @Override
            public void row(Map<String, Object> fields) {
                exported.add(fields.containsKey("summaryPublic") ? "summaryPublic=" + fields.get("summaryPublic")
                        : fields.get("thankerKey") + ">" + fields.get("receiverKey") + ":" + fields.get("note"));
            }
        });
        assertEquals(List.of("#thanksGiven", "bruno>:for the unnamed feedback", "bruno>alice:for the help", "#thanksReceived",
                "farid>bruno:for the answer", "#thanksChoice", "summaryPublic=true"), exported);

        data.erase("bruno", TextsOnErasure.DELETE);

        assertEquals(0, data.size("bruno"));
        assertEquals(List.of("not Bruno's"), store.received("alice", null, 10).stream().map(Thanks::note).toList());
        assertFalse(store.summaryPublic("bruno"));
        assertEquals(Optional.of("alice"), data.nextHolder(""));
    }

    @EachDatabase
    void erasureKeepingTexts_keepsTheThanksGiven_withoutTheirName(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        AoThanksStore store = new AoThanksStore(ao);
        store.add("bruno", "alice", Occasion.HELP, 6L, "for the help", false, T0);

        new ThanksPersonalData(ao).erase("bruno", TextsOnErasure.ANONYMISE);

        Thanks kept = store.received("alice", null, 10).get(0);
        assertEquals(TextsOnErasure.ERASED, kept.thankerKey());
        assertEquals("for the help", kept.note());
        assertTrue(store.add("bruno", "alice", Occasion.HELP, 6L, "new account, same key", false, T0).isPresent(), "the old unique key is gone");
    }

    @EachDatabase
    void retention_forgetsWhichUnnamedFeedbackAThanksWasFor_afterTheGiverLinkPeriod(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        AoThanksStore store = new AoThanksStore(ao);
        long old = store.add("bruno", "chloe", Occasion.FEEDBACK, 5L, "old", true, T0.minus(Duration.ofDays(45))).orElseThrow().id();
        long named = store.add("bruno", "alice", Occasion.FEEDBACK, 6L, "named", false, T0.minus(Duration.ofDays(45))).orElseThrow().id();
        long recent = store.add("bruno", "chloe", Occasion.FEEDBACK, 7L, "recent", true, T0.minus(Duration.ofDays(29))).orElseThrow().id();
        Instant cutoff = T0.minus(Duration.ofDays(30));
        RetentionCutoffs keep = new RetentionCutoffs(LocalDate.of(2026, 1, 1), cutoff, cutoff, Optional.empty());
        RetentionCutoffs forget = new RetentionCutoffs(LocalDate.of(2026, 1, 1), cutoff, cutoff, Optional.of(cutoff));
        HiddenThanksRetention retention = new HiddenThanksRetention(ao);

        assertEquals(0, retention.expire(keep, 10), "kept while the site keeps giver links");
        assertEquals(1, retention.expire(forget, 10));
        assertEquals(0, retention.expire(forget, 10), "nothing left");

        assertEquals(0L, store.find(old).orElseThrow().occasionId());
        assertEquals("old", store.find(old).orElseThrow().note(), "Chlo\u00e9 keeps her thanks");
        assertEquals(6L, store.find(named).orElseThrow().occasionId());
        assertEquals(7L, store.find(recent).orElseThrow().occasionId());
    }
}
