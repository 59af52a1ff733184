package io.outloud.community;

import io.outloud.content.MacroIdentity;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;
import io.outloud.settings.SettingsService;
import io.outloud.thought.InMemoryFeedbackStore;
import io.outloud.thought.InMemoryThoughtStore;
import io.outloud.thought.ThoughtService;
import io.outloud.thought.ThoughtStage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The thoughts a community's page lists: those asking it, on pages the viewer may view ({@link ThoughtService#inCommunity}). */
class CommunityThoughtsTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");

    private final InMemoryThoughtStore thoughts = new InMemoryThoughtStore();
    private final FakeCommunityPages pages = new FakeCommunityPages().show(10L).show(12L);
    private final FakeViewer viewer = FakeViewer.signedIn("key-alice");
    private final FakePersonDirectory people = new FakePersonDirectory().with("farid", "Farid", "Finance").with("gina", "Gina", "Legal");
    private final ThoughtService service = new ThoughtService(thoughts, new InMemoryFeedbackStore(), pages, viewer, people,
            new SettingsService(new MapSettingsStore(), key -> false, viewer), new InMemoryCommunityMembers(), new RecordingNotifier(),
            new MutableClock(NOW));

    private void thought(long pageId, String macroId, String author, int second) {
        thoughts.create(new MacroIdentity(macroId, pageId, "DEV"), author, ThoughtStage.SEED, "Q " + macroId, NOW.plusSeconds(second));
    }

    private List<String> listed(String community, int limit) {
        return service.inCommunity(community, limit).stream().map(t -> t.thought().macroId()).toList();
    }

    @Test
    void theThoughtsAskingTheCommunity_onPagesTheViewerMayView_newestFirst_withPageAndAuthor() {
        thought(10L, "t-1", "key-farid", 1);
        thought(11L, "t-2", "key-farid", 2); // a page Alice may not view
        thought(12L, "t-3", "key-gina", 3);
        thought(10L, "t-4", "key-farid", 4); // asks another community
        thought(12L, "t-5", "key-gone", 5); // its author's account is gone
        thoughts.tagCommunities(10L, Map.of("t-1", "design", "t-4", "platform"));
        thoughts.tagCommunities(11L, Map.of("t-2", "design"));
        thoughts.tagCommunities(12L, Map.of("t-3", "design", "t-5", "design"));

        List<ThoughtService.CommunityThought> listed = service.inCommunity("design", 10);

        assertEquals(List.of("t-5", "t-3", "t-1"), listed.stream().map(t -> t.thought().macroId()).toList());
        assertEquals(List.of("Page 12", "Page 12", "Page 10"), listed.stream().map(ThoughtService.CommunityThought::pageTitle).toList());
        assertEquals("Gina", listed.get(1).author().displayName());
        assertEquals("key-gone", listed.get(0).author().userKey());
        assertFalse(listed.get(0).author().isKnown());
        assertEquals(List.of("t-4"), listed("platform", 10));
        assertEquals(List.of(), listed("nothing", 10));
    }

    @Test
    void atMostTheLimit_andTrashedThoughtsNot() {
        for (int i = 1; i <= 5; i++) {
            thought(10L, "t-" + i, "key-farid", i);
        }
        thought(12L, "t-9", "key-farid", 9);
        thoughts.tagCommunities(10L, Map.of("t-1", "design", "t-2", "design", "t-3", "design", "t-4", "design", "t-5", "design"));
        thoughts.tagCommunities(12L, Map.of("t-9", "design"));

        assertEquals(List.of("t-9", "t-5"), listed("design", 2));
        thoughts.setTrashed(12L, true);
        assertEquals(List.of("t-5", "t-4", "t-3"), listed("design", 3));
    }
}
