package io.outloud.settings;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Works-council mode: what an organisation's agreement fixes (a file, single system properties) wins when read,
 * cannot be changed by a site admin, and the minimum group size is never below five, whatever is stored or fixed.
 */
class SettingLocksTest {
    private final Map<String, String> properties = new HashMap<>();
    private final MapSettingsStore store = new MapSettingsStore();
    private final SettingsService settings = new SettingsService(store, "admin"::equals, FakeViewer.signedIn("admin"),
            new SettingLocks(properties::get), AuditTrail.NONE);

    @TempDir
    Path dir;

    @Test
    void nothingIsFixed_withoutAnAgreement() {
        assertEquals(Map.of(), new SettingLocks(properties::get).fixed());
        assertEquals(Set.of(), settings.lockedKeys());
        assertEquals(9, settings.updateSite(null, 9L, null).minGroupSize());
    }

    @Test
    void aSystemProperty_fixesOneSetting_overWhatIsStored() {
        store.putSiteSetting(SiteSettings.MIN_GROUP_SIZE, "12");
        properties.put("outloud.seen.min-group-size", "7");

        assertEquals(7, settings.site().minGroupSize());
        assertEquals(Set.of(SiteSettings.MIN_GROUP_SIZE), settings.lockedKeys());
    }

    @Test
    void aChangeOfAFixedSetting_isRefused_andNothingOfTheRequestIsSaved() {
        properties.put("outloud.reactions.names", "nobody");

        OutloudException refusal = assertThrows(OutloudException.class, () -> settings.updateSite(true, 8L, "everyone"));

        assertEquals(Failure.CONFLICT, refusal.failure());
        assertEquals("outloud.settings.error.locked", refusal.messageKey());
        assertEquals(SiteSettings.REACTOR_NAMES, refusal.arguments()[0]);
        assertFalse(settings.site().namesToAuthors(), "nothing of the request saved");
        assertEquals(ReactorNames.NOBODY, settings.site().reactorNames());
    }

    @Test
    void theFixedValueItself_isAccepted_andTheOthersAreSaved() {
        properties.put("outloud.reactions.names", "nobody");

        SiteSettings saved = settings.updateSite(true, 8L, "nobody");

        assertTrue(saved.namesToAuthors());
        assertEquals(8, saved.minGroupSize());
        assertFalse(store.siteSettings().containsKey(SiteSettings.REACTOR_NAMES), "a fixed value is not stored");
    }

    @Test
    void theAgreementFile_fixesSettings_andASystemPropertyWinsOverIt_andAChangedFileIsReadAgain() throws IOException {
        Path agreement = dir.resolve("agreement.properties");
        Files.writeString(agreement, "seen.names-to-authors = false\nseen.min-group-size=10\nnot.a.privacy.setting=1\n");
        properties.put(SettingLocks.AGREEMENT_FILE, agreement.toString());
        properties.put("outloud.seen.min-group-size", "6");
        store.putSiteSetting(SiteSettings.NAMES_TO_AUTHORS, "true");

        assertEquals(Map.of(SiteSettings.NAMES_TO_AUTHORS, "false", SiteSettings.MIN_GROUP_SIZE, "6"), new SettingLocks(properties::get).fixed(),
                "only privacy settings, trimmed");
        assertFalse(settings.site().namesToAuthors());
        assertEquals(6, settings.site().minGroupSize());

        Files.writeString(agreement, "thoughts.unnamed-feedback=true\n");
        Files.setLastModifiedTime(agreement, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(Set.of(SiteSettings.UNNAMED_FEEDBACK, SiteSettings.MIN_GROUP_SIZE), settings.lockedKeys());
        assertTrue(settings.site().unnamedFeedback());
        assertTrue(settings.site().namesToAuthors(), "no longer fixed: the stored value again");
    }

    @Test
    void anAgreementFileThatCannotBeRead_failsLoudly_ratherThanUnlockingEverything() {
        properties.put(SettingLocks.AGREEMENT_FILE, dir.resolve("missing.properties").toString());

        assertThrows(UncheckedIOException.class, settings::site);
    }

    @Test
    void theMinimumGroupSize_isNeverBelowFive_storedFixedOrSet() {
        store.putSiteSetting(SiteSettings.MIN_GROUP_SIZE, "2");
        assertEquals(5, settings.site().minGroupSize(), "a value stored before the floor reads as five");

        properties.put("outloud.seen.min-group-size", "3");
        assertEquals(5, settings.site().minGroupSize(), "an agreement cannot go below it either");
        properties.remove("outloud.seen.min-group-size");

        for (long size : new long[]{0, 1, 4}) {
            OutloudException refusal = assertThrows(OutloudException.class, () -> settings.updateSite(null, size, null));
            assertEquals(Failure.INVALID_INPUT, refusal.failure());
            assertEquals(5, refusal.arguments()[0], "the message names the floor");
        }
        assertEquals(5, settings.updateSite(null, 5L, null).minGroupSize());
        assertEquals(5, new SiteSettings(false, 1, ReactorNames.AUTHOR, false, 14).minGroupSize());
    }
}
