package io.outloud.settings.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.settings.AuditEntry;
import io.outloud.settings.AuditKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The privacy audit's entries on H2 and PostgreSQL: newest first, a keyset page at a time, and a person's key blanked on erasure. */
class AoAuditStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    private static JdbcActiveObjects aoOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoAuditEntry.class);
        return ao;
    }

    @EachDatabase
    void entries_comeNewestFirst_aPageAtATime_withNothingLostOnEqualTimes(TestDatabase db) {
        AoAuditStore store = new AoAuditStore(aoOn(db));
        for (int i = 0; i < 5; i++) {
            // two entries share each instant: the id orders them
            store.add(T0.plusSeconds(i / 2), "admin", AuditKind.SETTING_CHANGED, null, "change " + i);
        }

        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        Page<AuditEntry> page;
        do {
            page = store.page(request);
            page.items().forEach(entry -> seen.add(entry.detail()));
            request = new PageRequest(page.next().orElse(null), 2);
        } while (page.next().isPresent());

        assertEquals(List.of("change 4", "change 3", "change 2", "change 1", "change 0"), seen);
    }

    @EachDatabase
    void anEntry_keepsWhoWhatAndAboutWhom(TestDatabase db) {
        AoAuditStore store = new AoAuditStore(aoOn(db));
        store.add(T0, "admin", AuditKind.EXPORTED, "alice", "by a site admin");
        store.add(T0.plusSeconds(1), "", AuditKind.ERASED, null, "texts anonymise");

        List<AuditEntry> entries = store.page(PageRequest.first(10)).items();

        assertEquals(AuditKind.ERASED, entries.get(0).kind());
        assertEquals("", entries.get(0).actorKey(), "the app itself");
        assertNull(entries.get(0).subjectKey());
        AuditEntry export = entries.get(1);
        assertEquals(new AuditEntry(export.id(), T0, "admin", AuditKind.EXPORTED, "alice", "by a site admin"), export);
    }

    @EachDatabase
    void erasingAPerson_blanksTheirKeyInTheEntries_andKeepsTheEntries(TestDatabase db) {
        JdbcActiveObjects ao = aoOn(db);
        AoAuditStore store = new AoAuditStore(ao);
        store.add(T0, "alice", AuditKind.EXPORTED, "alice", "own");
        store.add(T0.plusSeconds(1), "admin", AuditKind.EXPORTED, "alice", "by a site admin");
        store.add(T0.plusSeconds(2), "bruno", AuditKind.EXPORTED, "bruno", "own");
        AuditPersonalData data = new AuditPersonalData(ao);
        assertEquals(3, data.size("alice"), "the person's rows, as actor and as subject");
        assertEquals(Optional.of("admin"), data.nextHolder(""));

        data.erase("alice", TextsOnErasure.DELETE);

        List<AuditEntry> entries = store.page(PageRequest.first(10)).items();
        assertEquals(3, entries.size(), "the entries stay: they are the proof");
        assertEquals(List.of("bruno", "admin", TextsOnErasure.ERASED), entries.stream().map(AuditEntry::actorKey).toList());
        assertEquals(List.of("bruno", TextsOnErasure.ERASED, TextsOnErasure.ERASED), entries.stream().map(AuditEntry::subjectKey).toList());
        assertTrue(entries.stream().noneMatch(entry -> entry.detail().contains("alice")));
    }
}
