package io.outloud.settings;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How long things are kept, as site admins set it with the other site settings. */
class RetentionSettingsTest {
    private final MapSettingsStore store = new MapSettingsStore();
    private final FakeViewer viewer = FakeViewer.signedIn("admin");
    private final SettingsService settings = new SettingsService(store, "admin"::equals, viewer);

    @Test
    void byDefault_viewsNinetyDays_pairingAndNoticesTwelveMonths_andUnnamedFeedbackKeepsItsGiver() {
        assertEquals(new Retention(90, 12, 12, 0), settings.retention());
        assertEquals(Optional.empty(), settings.retention().giverLinkForgottenAfter());
    }

    @Test
    void anAdmin_changesSome_andTheOthersStayAsTheyWere() {
        assertEquals(new Retention(30, 12, 6, 0), settings.updateRetention(30L, null, 6L, null));
        Retention saved = settings.updateRetention(null, 24L, null, 180L);

        assertEquals(new Retention(30, 24, 6, 180), saved);
        assertEquals(saved, settings.retention(), "read back from the store");
        assertEquals(Optional.of(180), saved.giverLinkForgottenAfter());
        assertEquals(new Retention(30, 24, 6, 0), settings.updateRetention(null, null, null, 0L), "0: the giver is kept again");
    }

    @Test
    void valuesOutOfRange_areRefusedWithTheirLimit_andNothingOfTheRequestIsSaved() {
        assertRefused(() -> settings.updateRetention(0L, null, null, null), "outloud.settings.error.retention-days", Retention.MAX_DAYS);
        assertRefused(() -> settings.updateRetention(3651L, null, null, null), "outloud.settings.error.retention-days", Retention.MAX_DAYS);
        assertRefused(() -> settings.updateRetention(30L, 0L, null, null), "outloud.settings.error.retention-months", Retention.MAX_MONTHS);
        assertRefused(() -> settings.updateRetention(30L, null, 121L, null), "outloud.settings.error.retention-months", Retention.MAX_MONTHS);
        assertRefused(() -> settings.updateRetention(30L, null, null, -1L), "outloud.settings.error.retention-giver-days", Retention.MAX_DAYS);

        assertEquals(Retention.DEFAULTS, settings.retention(), "checked before anything is saved");
    }

    @Test
    void someoneElse_mayNeitherReadNorChangeIt() {
        SettingsService notAdmin = new SettingsService(store, "admin"::equals, FakeViewer.signedIn("bob"));

        assertEquals(Failure.NOT_PERMITTED, assertThrows(OutloudException.class, notAdmin::retentionForAdmin).failure());
        assertEquals(Failure.NOT_PERMITTED, assertThrows(OutloudException.class, () -> notAdmin.updateRetention(30L, null, null, null)).failure());
        assertEquals(Retention.DEFAULTS, settings.retention());
    }

    @Test
    void storedValuesOutOfRangeOrUnreadable_fallBackWithinBounds() {
        store.putSiteSetting(Retention.SEEN_BY_DAYS, "not a number");
        store.putSiteSetting(Retention.PAIRING_MONTHS, "0");
        store.putSiteSetting(Retention.GIVER_LINK_DAYS, "-4");

        assertEquals(new Retention(90, 1, 12, 0), settings.retention());
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call, String key, int limit) {
        OutloudException refusal = assertThrows(OutloudException.class, call);
        assertEquals(Failure.INVALID_INPUT, refusal.failure());
        assertEquals(key, refusal.messageKey());
        assertEquals(limit, refusal.arguments()[0]);
    }
}
