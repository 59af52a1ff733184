package io.outloud.community;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.text.HostileTexts;
import io.outloud.common.text.WrittenText;
import io.outloud.community.ao.AoCommunity;
import io.outloud.community.ao.AoCommunityAsk;
import io.outloud.community.ao.AoCommunityAskStore;
import io.outloud.community.ao.AoCommunityMember;
import io.outloud.community.ao.AoCommunityMembers;
import io.outloud.community.ao.AoCommunityStore;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The hostile corpus through the texts of communities (names, curiosities, labels, asks), each through the use case
 * with the Active Objects stores on H2 and PostgreSQL, read back from the database.
 */
class WrittenTextOnDatabasesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final FakeViewer viewer = FakeViewer.signedIn("alice");
    private final AtomicInteger made = new AtomicInteger();
    private AoCommunityStore communities;
    private AoCommunityAskStore asks;
    private CommunityService service;

    private void on(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoCommunity.class, AoCommunityMember.class, AoCommunityAsk.class);
        communities = new AoCommunityStore(ao);
        asks = new AoCommunityAskStore(ao);
        service = new CommunityService(communities, new AoCommunityMembers(ao), asks, new FakeCommunityPages().show(1L), viewer,
                new FakePersonDirectory(), new RecordingNotifier(), new MutableClock(NOW), List.of());
    }

    private Community create(String name, String curiosity, String labels) {
        return service.create(CommunityDraft.of(name, curiosity, "open", labels), 1L, "c-" + made.incrementAndGet());
    }

    @EachDatabase
    void namesAndCuriosities(TestDatabase db) {
        on(db);
        HostileTexts.assertEveryCase("community name", WrittenText.Shape.LINE, "outloud.community.error.name-missing",
                text -> communities.find(create(text, "", "").key()).orElseThrow().name());
        HostileTexts.assertEveryCase("curiosity", WrittenText.Shape.LINES, null,
                text -> communities.find(create("Curious " + made.get(), text, "").key()).orElseThrow().curiosity());
    }

    @EachDatabase
    void labels_losetheirControls_invisibleOnlyIsNone_loneSurrogatesAreRefused(TestDatabase db) {
        on(db);
        Community community = create("Labelled", "", "design,\u0000 research\u202E\u2066, \u200B");
        assertEquals(List.of("design", "research"), communities.find(community.key()).orElseThrow().labels());
        assertEquals(List.of(), communities.find(create("Unlabelled", "", "\u200B\u00AD\u0000").key()).orElseThrow().labels());
        OutloudException e = assertThrows(OutloudException.class, () -> create("Broken", "", "design,\uD800"));
        assertEquals(Failure.INVALID_INPUT, e.failure());
        assertEquals("outloud.common.error.text-unreadable", e.messageKey());
    }

    @EachDatabase
    void asks(TestDatabase db) {
        on(db);
        String key = create("Askers", "", "").key();
        AtomicInteger members = new AtomicInteger();
        HostileTexts.assertEveryCase("community ask", WrittenText.Shape.LINES, "outloud.community.error.ask-missing", text -> {
            viewer.become("member-" + members.incrementAndGet()); // one ask each: the text rules, not a rate, decide
            service.join(key);
            long id = service.ask(key, text).id();
            return asks.recent(Set.of(key), NOW.minusSeconds(1), 1000).stream().filter(a -> a.id() == id).findFirst().orElseThrow().text();
        });
    }
}
