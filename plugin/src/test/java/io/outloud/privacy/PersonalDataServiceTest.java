package io.outloud.privacy;

import io.outloud.common.privacy.ExportSink;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.common.privacy.PersonalData;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataServiceTest {
    private final Map<String, PersonStates.State> states = new HashMap<>();
    private final FakeFeature first = new FakeFeature("first");
    private final FakeFeature second = new FakeFeature("second");
    private String viewer = "admin-key";

    private PersonalDataService service() {
        PersonDirectory directory = new PersonDirectory() {
            @Override
            public Map<String, Person> people(Collection<String> userKeys) {
                return Map.of();
            }

            @Override
            public Optional<String> userKeyOf(String username) {
                return Optional.of(username + "-key").filter(key -> !key.startsWith("nobody"));
            }
        };
        return new PersonalDataService(List.of(first, second), directory, key -> states.getOrDefault(key, PersonStates.State.ACTIVE),
                key -> key.equals("admin-key"), () -> Optional.ofNullable(viewer));
    }

    @Test
    void sweep_erasesRemovedPeople_andTakesDeactivatedOnesOutOfPairing_inBatches() {
        for (int i = 0; i < 1_200; i++) {
            first.holders.add(String.format("k%04d", i));
        }
        second.holders.add("k0600");
        second.holders.add("zz-last");
        states.put("k0007", PersonStates.State.REMOVED);
        states.put("zz-last", PersonStates.State.REMOVED);
        states.put("k1100", PersonStates.State.DEACTIVATED);
        PersonalDataService.Counts counts = new PersonalDataService.Counts();

        Optional<String> after = Optional.of("");
        int turns = 0;
        while (after.isPresent()) {
            after = service().sweep(after.get(), counts);
            turns++;
        }

        assertEquals(3, turns, "500 keys of the larger feature a turn");
        assertEquals(List.of("k0007", "zz-last"), first.erased, "each removed person erased once, in every feature");
        assertEquals(List.of("k0007", "zz-last"), second.erased);
        assertEquals(List.of("k1100"), first.deactivated);
        assertEquals(1_198, counts.active, "every other key looked at once");
        assertEquals(2, counts.erased);
    }

    @Test
    void onlySiteAdmins_nameAPerson_toDownloadOrErase() {
        viewer = "someone-key";
        OutloudException refused = assertThrows(OutloudException.class, () -> service().personForAdmin("bruno"));
        assertEquals(Failure.NOT_PERMITTED, refused.failure());
        assertThrows(OutloudException.class, () -> service().eraseForAdmin("bruno", "delete"));
        assertTrue(first.erased.isEmpty());
        viewer = null;
        assertEquals(Failure.NOT_AUTHENTICATED, assertThrows(OutloudException.class, () -> service().mine()).failure());

        viewer = "admin-key";
        assertEquals(Failure.NOT_FOUND, assertThrows(OutloudException.class, () -> service().personForAdmin("nobody")).failure());
        assertEquals(Failure.INVALID_INPUT, assertThrows(OutloudException.class, () -> service().eraseForAdmin("bruno", "shred")).failure());
        service().eraseForAdmin("bruno", "anonymise");
        assertEquals(List.of("bruno-key"), first.erased);
        assertEquals(List.of(TextsOnErasure.ANONYMISE), first.texts);
    }

    @Test
    void theExport_isOneJsonDocument_withARowALine() {
        StringWriter out = new StringWriter();
        try (JsonExport export = new JsonExport(out, "alice-key", "2026-12-07T18:00:00Z")) {
            service().export("alice-key", export);
        }
        String json = out.toString();
        Map<String, Object> read = io.outloud.common.json.JsonReader.readObject(json);
        assertEquals("alice-key", read.get("person"));
        assertEquals(Map.of("first", List.of(Map.of("n", 1L), Map.of("n", 2L)), "second", List.of(Map.of("n", 1L), Map.of("n", 2L))),
                read.get("sections"));
        assertEquals(4, json.lines().filter(line -> line.startsWith("{")).count() - 1, "rows are lines of their own");
        assertEquals(4, service().size("alice-key"));
    }

    private static final class FakeFeature implements PersonalData {
        final String name;
        final TreeSet<String> holders = new TreeSet<>();
        final List<String> erased = new ArrayList<>();
        final List<TextsOnErasure> texts = new ArrayList<>();
        final List<String> deactivated = new ArrayList<>();

        FakeFeature(String name) {
            this.name = name;
        }

        @Override
        public void export(String userKey, ExportSink sink) {
            sink.section(name);
            sink.row(Map.of("n", 1));
            sink.row(Map.of("n", 2));
        }

        @Override
        public long size(String userKey) {
            return 2;
        }

        @Override
        public void erase(String userKey, TextsOnErasure choice) {
            erased.add(userKey);
            texts.add(choice);
        }

        @Override
        public Optional<String> nextHolder(String after) {
            return Optional.ofNullable(holders.higher(after));
        }

        @Override
        public void deactivated(String userKey) {
            deactivated.add(userKey);
        }
    }
}
