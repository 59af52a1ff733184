package io.outloud.follow;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.community.Community;
import io.outloud.community.CommunityRemoval;
import io.outloud.community.CommunityService;
import io.outloud.community.InMemoryCommunityAskStore;
import io.outloud.community.InMemoryCommunityMembers;
import io.outloud.community.InMemoryCommunityStore;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;
import io.outloud.wol.Followed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Following with fakes: targets checked, one row per target, the bound, paging, and only one's own follows. */
class FollowServiceTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private static final long HIDDEN_PAGE = 20L;

    private final InMemoryFollowStore store = new InMemoryFollowStore();
    private final FakeViewer viewer = FakeViewer.signedIn("key-bruno");
    private final FakePersonDirectory people = new FakePersonDirectory()
            .with("bruno", "Bruno", "Marketing").with("farid", "Farid", "Engineering").with("chloe", "Chlo\u00e9", "Sales");
    private final InMemoryCommunityMembers members = new InMemoryCommunityMembers();
    private final InMemoryCommunityStore communityStore = new InMemoryCommunityStore(members);
    private final MutableClock clock = new MutableClock(T0);
    private final CommunityService communities = new CommunityService(communityStore, members, new InMemoryCommunityAskStore(),
            pageId -> Optional.empty(), viewer, people, new RecordingNotifier(), clock, List.<CommunityRemoval>of());
    private final FollowService service = new FollowService(store, viewer, people, communities, clock);
    private final FollowedTargets followed = new FollowedTargets(store, viewer);

    FollowServiceTest() {
        communityStore.create(new Community("data-curious", "Data curious", "Why?", Community.Access.OPEN, List.of(), 0, null, "key-farid", T0));
        communityStore.create(new Community("hidden", "On a restricted page", "Why?", Community.Access.OPEN, List.of(), HIDDEN_PAGE, "m-1",
                "key-farid", T0));
    }

    private static void refused(Failure failure, String key, Executable action) {
        OutloudException e = assertThrows(OutloudException.class, action);
        assertEquals(failure, e.failure());
        if (key != null) {
            assertEquals(key, e.messageKey());
        }
    }

    @Test
    void follow_aPersonACommunityAndALabel_areWhatTheStreamFilters() {
        service.follow("person", "farid");
        service.follow("community", "Data-Curious");
        service.follow("label", " Export ");

        assertEquals(new Followed(Set.of("key-farid"), Set.of("data-curious"), Set.of("export")), followed.followed());
    }

    @Test
    void followingTwice_keepsOneRow_andUnfollowRemovesIt() {
        service.follow("label", "export");
        service.follow("label", "EXPORT");
        assertEquals(1, store.count("key-bruno"));

        service.unfollow("label", "export");
        service.unfollow("label", "export");
        assertEquals(0, store.count("key-bruno"));
        service.unfollow("person", "nobody-by-that-name");
    }

    @Test
    void invalidTargets_areRefused_andUnseenOnesAreNotFound() {
        refused(Failure.INVALID_INPUT, "outloud.follow.error.kind", () -> service.follow("space", "DEV"));
        refused(Failure.INVALID_INPUT, "outloud.follow.error.target", () -> service.follow("label", "no spaces"));
        refused(Failure.INVALID_INPUT, "outloud.follow.error.target", () -> service.follow("label", " "));
        refused(Failure.INVALID_INPUT, "outloud.follow.error.target", () -> service.follow("community", "x".repeat(51)));
        refused(Failure.NOT_FOUND, null, () -> service.follow("person", "nobody"));
        refused(Failure.NOT_FOUND, null, () -> service.follow("community", "no-such-community"));
        refused(Failure.NOT_FOUND, null, () -> service.follow("community", "hidden"));
        refused(Failure.INVALID_INPUT, "outloud.follow.error.self", () -> service.follow("person", "bruno"));
        assertEquals(0, store.count("key-bruno"));
    }

    @Test
    void anonymousReaders_followNothing_andAreAskedToSignIn() {
        viewer.become(null);
        refused(Failure.NOT_AUTHENTICATED, null, () -> service.follow("label", "export"));
        refused(Failure.NOT_AUTHENTICATED, null, () -> service.mine(PageRequest.first(20)));
        refused(Failure.NOT_AUTHENTICATED, null, () -> service.followedAmong(List.of("label:export")));
        assertEquals(Followed.NOTHING, followed.followed());
    }

    @Test
    void atTheBound_aFurtherFollowIsRefused_butUnfollowingMakesRoom() {
        for (int i = 0; i < FollowService.MAX_FOLLOWS; i++) {
            service.follow("label", "l" + i);
        }
        refused(Failure.INVALID_INPUT, "outloud.follow.error.too-many", () -> service.follow("label", "one-more"));
        service.unfollow("label", "l0");
        service.follow("label", "one-more");
        assertEquals(FollowService.MAX_FOLLOWS, store.count("key-bruno"));
    }

    @Test
    void mine_isPaged_newestFirst_andOnlyTheViewersOwn() {
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            service.follow("label", "l" + i);
        }
        viewer.become("key-chloe");
        service.follow("label", "chloes");
        viewer.become("key-bruno");

        Page<Follow> first = service.mine(PageRequest.first(3));
        assertEquals(List.of("l4", "l3", "l2"), first.items().stream().map(Follow::target).toList());
        Page<Follow> second = service.mine(PageRequest.of(first.nextCursor(), 3));
        assertEquals(List.of("l1", "l0"), second.items().stream().map(Follow::target).toList());
        assertTrue(second.next().isEmpty());
    }

    @Test
    void followedAmong_saysWhichTargetsTheViewerFollows_inOneRead() {
        service.follow("person", "farid");
        service.follow("label", "export");
        int reads = store.wholeReads;

        assertEquals(Set.of("person:farid", "label:export"), service.followedAmong(List.of("person:farid", "person:chloe", "label:export",
                "community:data-curious", "nonsense", ":x")));
        assertEquals(reads + 1, store.wholeReads);
        refused(Failure.INVALID_INPUT, "outloud.follow.error.too-many-checked",
                () -> service.followedAmong(java.util.Collections.nCopies(FollowService.MAX_CHECKED + 1, "label:x")));
    }
}
