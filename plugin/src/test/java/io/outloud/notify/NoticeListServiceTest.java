package io.outloud.notify;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each person's own notification list: grouped, unread until read, paged, their own only, nothing about pages they lost. */
class NoticeListServiceTest {
    private final InMemoryNoticeListStore store = new InMemoryNoticeListStore();
    private final FakeViewer viewer = FakeViewer.signedIn("farid");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    /** Which pages each person may view. */
    private final Map<String, Set<Long>> viewable = new HashMap<>(Map.of("farid", Set.of(7L, 8L), "alice", Set.of(7L)));
    private final PageAccess pages = new PageAccess() {
        @Override
        public Optional<PageRef> viewablePage(long pageId) {
            String me = viewer.userKey().orElse("");
            return viewable.getOrDefault(me, Set.of()).contains(pageId) ? Optional.of(new PageRef(pageId, "TEAM", "Page " + pageId, "")) : Optional.empty();
        }
    };
    private final NoticeListService list = new NoticeListService(store, pages, viewer, clock);

    private void reply(String to, long pageId, String macroId, String text) {
        list.record(new Notice(to, Notice.Kind.REPLY, "alice", pageId, macroId, text), "Alice replied on \"Page " + pageId + "\"",
                "/pages/viewpage.action?pageId=" + pageId + "#outloud-block-" + macroId);
        clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void noticesAboutOneBlock_collapseIntoOneEntry_withTheNewestTextAndACount() {
        reply("farid", 7L, "m-1", "first");
        reply("farid", 8L, "m-2", "other block");
        reply("farid", 7L, "m-1", "second");

        List<InAppNotice> entries = list.list(null, 20).entries();

        assertEquals(2, entries.size());
        assertEquals("second", entries.get(0).text(), "the group's newest notice stands for it, and it moved to the top");
        assertEquals(2, entries.get(0).count());
        assertEquals("/pages/viewpage.action?pageId=7#outloud-block-m-1", entries.get(0).path());
        assertEquals("other block", entries.get(1).text());
        assertEquals(1, entries.get(1).count());
        assertEquals(2, list.unreadCount());
    }

    @Test
    void aThoughtAndACommunity_areGroupsOfTheirOwn_evenOnTheSamePage() {
        reply("farid", 7L, "m-1", "block");
        list.record(new Notice("farid", Notice.Kind.THOUGHT_FEEDBACK, "", 7L, "m-1", "", 2L), "Feedback", "/t");
        list.record(new Notice("farid", Notice.Kind.COMMUNITY_ASK, "alice", 7L, "data-club", "ask 1", 1L), "Ask", "/c");
        list.record(new Notice("farid", Notice.Kind.COMMUNITY_ASK, "alice", 0L, "data-club", "ask 2", 2L), "Ask", "/c");

        List<InAppNotice> entries = list.list(null, 20).entries();

        assertEquals(List.of("community-ask", "thought-feedback", "reply"), entries.stream().map(InAppNotice::kind).toList());
        assertEquals(2, entries.get(0).count(), "a community's notices group by its key, whatever its page");
    }

    @Test
    void markRead_marksTheEntry_andANewNoticeMakesItUnreadAgain() {
        reply("farid", 7L, "m-1", "one");
        reply("farid", 8L, "m-2", "two");
        long first = list.list(null, 20).entries().get(1).id();

        list.markRead(first);

        assertEquals(1, list.unreadCount());
        assertFalse(list.list(null, 20).entries().get(1).unread());
        reply("farid", 7L, "m-1", "three");
        assertEquals(2, list.unreadCount());
        assertTrue(list.list(null, 20).entries().get(0).unread());

        list.markAllRead();
        assertEquals(0, list.unreadCount());
        assertTrue(list.list(null, 20).entries().stream().noneMatch(InAppNotice::unread));
    }

    @Test
    void aPersonSeesAndMarksOnlyTheirOwnList() {
        reply("alice", 7L, "m-1", "for alice");
        long alices = store.latest("alice", Long.MAX_VALUE, 1).get(0).id();

        assertTrue(list.list(null, 20).entries().isEmpty(), "Farid's list is empty");
        OutloudException refused = assertThrows(OutloudException.class, () -> list.markRead(alices));
        assertEquals(Failure.NOT_FOUND, refused.failure(), "someone else's entry is as if it did not exist");
        list.markAllRead();
        assertEquals(1, store.unreadLatest("alice", 10).size(), "Farid's mark-all-read leaves Alice's list alone");

        viewer.become(null);
        assertEquals(Failure.NOT_AUTHENTICATED, assertThrows(OutloudException.class, () -> list.list(null, 20)).failure());
        assertEquals(Failure.NOT_AUTHENTICATED, assertThrows(OutloudException.class, list::markAllRead).failure());
        assertEquals(0, list.unreadCount());
    }

    @Test
    void anEntryAboutAPageTheReaderMayNoLongerView_isNeitherShownNorCounted() {
        reply("farid", 7L, "m-1", "visible");
        reply("farid", 8L, "m-2", "soon hidden");
        viewable.put("farid", Set.of(7L));

        assertEquals(List.of("visible"), list.list(null, 20).entries().stream().map(InAppNotice::text).toList());
        assertEquals(1, list.unreadCount());
        list.record(new Notice("farid", Notice.Kind.COMMUNITY_ASK, "alice", 0L, "data-club", "no page", 1L), "Ask", "/c");
        assertEquals(2, list.unreadCount(), "a community without a page has nothing to lose");
    }

    @Test
    void theListIsPaged_newestFirst_withACursor_skippingHiddenEntries() {
        for (int i = 1; i <= 5; i++) {
            reply("farid", i % 2 == 0 ? 8L : 7L, "m-" + i, "n" + i);
        }
        viewable.put("farid", Set.of(7L)); // n2 and n4 are hidden now

        NoticeListService.ListPage first = list.list(null, 2);
        assertEquals(List.of("n5", "n3"), first.entries().stream().map(InAppNotice::text).toList());
        assertTrue(first.next().isPresent());
        NoticeListService.ListPage second = list.list(first.next().get(), 2);
        assertEquals(List.of("n1"), second.entries().stream().map(InAppNotice::text).toList());
        assertTrue(second.next().isEmpty(), "the list ended");

        assertEquals(Failure.INVALID_INPUT, assertThrows(OutloudException.class, () -> list.list("not-a-cursor", 2)).failure());
        assertEquals(3, list.list(null, 0).entries().size(), "no limit is the default page size");
        for (int i = 0; i < 60; i++) {
            reply("farid", 7L, "bulk-" + i, "bulk");
        }
        assertEquals(NoticeListService.MAX_LIMIT, list.list(null, 1000).entries().size(), "a page holds at most 50 entries");
    }
}
