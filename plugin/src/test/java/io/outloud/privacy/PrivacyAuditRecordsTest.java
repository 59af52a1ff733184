package io.outloud.privacy;

import io.outloud.common.privacy.ExportSink;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.settings.AuditKind;
import io.outloud.settings.AuditTrail;
import io.outloud.settings.SettingLocks;
import io.outloud.settings.SettingsService;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the privacy audit is told: each change of a privacy setting with its old and new value (not other settings,
 * not a save that changes nothing), each export with whose data it was, each erasure without whom.
 */
class PrivacyAuditRecordsTest {
    private final List<String> recorded = new ArrayList<>();
    private final AuditTrail trail = (kind, subject, detail) -> recorded.add(kind + "|" + subject + "|" + detail);

    @Test
    void aChangeOfAPrivacySetting_isRecordedWithOldAndNewValue_andNothingElseIs() {
        SettingsService settings = new SettingsService(new MapSettingsStore(), "admin"::equals, FakeViewer.signedIn("admin"),
                SettingLocks.NONE, trail);

        settings.updateSite(true, 7L, "author", null, 20L);
        settings.updateSite(true, 7L, "author", null, 21L);

        assertEquals(List.of("SETTING_CHANGED|null|reactions.names: - \u2192 author", "SETTING_CHANGED|null|seen.names-to-authors: - \u2192 true",
                "SETTING_CHANGED|null|seen.min-group-size: - \u2192 7"), recorded, "waiting days are no privacy setting; the second save changed none");
    }

    @Test
    void anExport_isRecordedWithWhoseDataItWas_andAnErasure_withoutWhom() {
        FakeViewer viewer = FakeViewer.signedIn("admin-key");
        PersonDirectory directory = new PersonDirectory() {
            @Override
            public Map<String, Person> people(Collection<String> userKeys) {
                return Map.of();
            }

            @Override
            public Optional<String> userKeyOf(String username) {
                return Optional.of(username + "-key");
            }
        };
        PersonalDataService service = new PersonalDataService(List.of(), directory, key -> PersonStates.State.ACTIVE,
                "admin-key"::equals, viewer, trail);
        ExportSink sink = new ExportSink() {
            @Override
            public void section(String name) {
            }

            @Override
            public void row(Map<String, Object> row) {
            }
        };

        service.export("alice-key", sink);
        service.export("admin-key", sink);
        service.eraseForAdmin("alice", "anonymise");
        service.removedByHost("bruno-key");

        assertEquals(List.of("EXPORTED|alice-key|by a site admin", "EXPORTED|admin-key|own", "ERASED|null|texts anonymise",
                "ERASED|null|texts anonymise"), recorded);
    }
}
