package io.outloud.privacy;

import io.outloud.common.privacy.Retained;
import io.outloud.common.privacy.RetentionCutoffs;
import io.outloud.settings.SettingsService;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The retention run: cutoffs from the settings and the clock, features applied a batch at a time, within a bound. */
class RetentionServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T21:30:00Z");
    private final MapSettingsStore store = new MapSettingsStore();
    private final SettingsService settings = new SettingsService(store, "admin"::equals, FakeViewer.signedIn("admin"));

    /** A feature with {@code rows} rows past their time, settling a batch per call and recording what it was asked. */
    private static final class Rows implements Retained {
        int left;
        final List<RetentionCutoffs> asked = new ArrayList<>();

        Rows(int left) {
            this.left = left;
        }

        @Override
        public int expire(RetentionCutoffs cutoffs, int limit) {
            asked.add(cutoffs);
            int done = Math.min(left, limit);
            left -= done;
            return done;
        }
    }

    private RetentionService service(Retained... features) {
        return new RetentionService(List.of(features), settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void cutoffs_followTheSettings_fromThisMoment() {
        RetentionCutoffs defaults = service().cutoffs();
        assertEquals(LocalDate.parse("2026-09-08"), defaults.viewsBefore(), "90 days before today: that day and earlier are folded");
        assertEquals(Instant.parse("2025-12-07T21:30:00Z"), defaults.pairingBefore());
        assertEquals(Instant.parse("2025-12-07T21:30:00Z"), defaults.noticesBefore());
        assertEquals(Optional.empty(), defaults.giverLinksBefore(), "the giver is kept by default");

        settings.updateRetention(1L, 3L, 1L, 30L);
        RetentionCutoffs set = service().cutoffs();
        assertEquals(LocalDate.parse("2026-12-06"), set.viewsBefore());
        assertEquals(Instant.parse("2026-09-07T21:30:00Z"), set.pairingBefore());
        assertEquals(Instant.parse("2026-11-07T21:30:00Z"), set.noticesBefore());
        assertEquals(Optional.of(Instant.parse("2026-11-07T21:30:00Z")), set.giverLinksBefore());
    }

    @Test
    void aRun_settlesEveryFeatureBatchByBatch_untilNothingIsLeft() {
        Rows views = new Rows(1_250);
        Rows notices = new Rows(0);
        Rows pairing = new Rows(499);

        assertEquals(1_749, service(views, notices, pairing).apply(500, 100));

        assertEquals(0, views.left + notices.left + pairing.left);
        assertEquals(4, views.asked.size(), "500, 500, 250, then 0 says it is done");
        assertEquals(1, notices.asked.size());
        assertEquals(2, pairing.asked.size());
    }

    @Test
    void aRun_stopsAtItsBound_andTheNextRunGoesOn() {
        Rows views = new Rows(10_000);
        Rows notices = new Rows(10);

        assertEquals(1_500, service(views, notices).apply(500, 3));
        assertEquals(0, notices.asked.size(), "the bound was reached first");

        assertEquals(8_510, service(views, notices).apply(500, 100));
        assertEquals(0, views.left + notices.left);
    }
}
