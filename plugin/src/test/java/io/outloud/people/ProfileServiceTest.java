package io.outloud.people;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProfileServiceTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final InMemoryPersonProfiles profiles = new InMemoryPersonProfiles();
    private final FakeViewer viewer = FakeViewer.signedIn("alice");
    private final ProfileService service = new ProfileService(profiles, viewer, new MutableClock(T0));

    @Test
    void updateMyOpenTo_keepsTheCleanedText_forThatPersonOnly() {
        assertEquals("", service.myOpenTo());

        assertEquals("maps and trains", service.updateMyOpenTo("  maps and\ntrains  "));

        assertEquals("maps and trains", service.myOpenTo());
        assertEquals(T0, profiles.updatedAt.get("alice"));
        viewer.become("bruno");
        assertEquals("", service.myOpenTo());
        assertEquals(Map.of("alice", "maps and trains"), profiles.openTo(List.of("alice", "bruno")));
    }

    @Test
    void updateMyOpenTo_withAnEmptyText_clearsIt() {
        service.updateMyOpenTo("maps");
        assertEquals("", service.updateMyOpenTo(" "));
        assertEquals("", service.myOpenTo());
    }

    @Test
    void updateMyOpenTo_tooLong_isRefused_andKeepsTheOldText() {
        service.updateMyOpenTo("maps");
        OutloudException refusal = assertThrows(OutloudException.class, () -> service.updateMyOpenTo("x".repeat(301)));
        assertEquals(Failure.INVALID_INPUT, refusal.failure());
        assertEquals("maps", service.myOpenTo());
    }

    @Test
    void anonymousPeople_haveNoProfile() {
        viewer.become(null);
        assertEquals(Failure.NOT_AUTHENTICATED, assertThrows(OutloudException.class, service::myOpenTo).failure());
        assertEquals(Failure.NOT_AUTHENTICATED, assertThrows(OutloudException.class, () -> service.updateMyOpenTo("x")).failure());
        assertEquals(Map.of(), profiles.updatedAt);
    }
}
