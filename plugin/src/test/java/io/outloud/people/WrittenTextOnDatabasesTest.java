package io.outloud.people;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.text.HostileTexts;
import io.outloud.common.text.WrittenText;
import io.outloud.people.ao.AoPersonProfiles;
import io.outloud.people.ao.AoProfile;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;

import java.time.Instant;
import java.util.List;

/** The hostile corpus through "open to talk about" (one line, may be empty), with its Active Objects store on H2 and PostgreSQL. */
class WrittenTextOnDatabasesTest {
    @EachDatabase
    void openTo(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoProfile.class);
        AoPersonProfiles profiles = new AoPersonProfiles(ao);
        ProfileService service = new ProfileService(profiles, FakeViewer.signedIn("alice"), new MutableClock(Instant.parse("2026-12-01T10:00:00Z")));
        HostileTexts.assertEveryCase("open to", WrittenText.Shape.LINE, null, text -> {
            service.updateMyOpenTo(text);
            return profiles.openTo(List.of("alice")).getOrDefault("alice", "");
        });
    }
}
