package io.outloud.notify;

import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.content.PageAccess;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Each person's own notification list (Confluence 9.x and 10.x offer apps no public API for their bell): notices
 * recorded per recipient, grouped per block, thought or community, unread until read, listed newest first a page at a
 * time. A person reads and marks only their own list. An entry about a page they may no longer view is not shown nor
 * counted (checked as they read, through the page-access port).
 */
public class NoticeListService {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    /** The unread count stops here; the page shows "99+". */
    public static final int MAX_UNREAD = 99;

    private final NoticeListStore store;
    private final PageAccess pages;
    private final Viewer viewer;
    private final Clock clock;

    public NoticeListService(NoticeListStore store, PageAccess pages, Viewer viewer, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One page of a list: its entries and the cursor of the next page (empty when there is none). */
    public record ListPage(List<InAppNotice> entries, Optional<String> next) {
    }

    /**
     * Records a composed notice for its recipient (called by the host adapter once the notice passed the checks of
     * composition: a recipient who exists and may view what it is about).
     */
    public void record(Notice notice, String title, String path) {
        store.add(new NoticeListStore.NewNotice(notice.recipientKey(), groupKey(notice), notice.kind().code(), notice.pageId(), title,
                notice.text(), path, clock.instant()));
    }

    /** Notices about the same block, thought or community share one entry. */
    static String groupKey(Notice notice) {
        return notice.kind().subject() == Notice.Subject.COMMUNITY
                ? "community:" + notice.macroId()
                : notice.kind().subject().name().toLowerCase(java.util.Locale.ROOT) + ":" + notice.pageId() + ":" + notice.macroId();
    }

    /** The viewer's entries after {@code cursor} (null for the first page), newest first, at most {@code limit}. */
    public ListPage list(String cursor, int limit) {
        String me = viewer.requireUserKey();
        int size = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        long before = parseCursor(cursor);
        List<NoticeListStore.Row> shown = new ArrayList<>();
        boolean more = false;
        // Entries about pages the viewer may no longer view are skipped: read on until the page is full (a few rounds).
        for (int round = 0; ; round++) {
            if (round == 10) {
                more = true;
                break;
            }
            List<NoticeListStore.Row> rows = store.latest(me, before, size + 1);
            int read = 0;
            for (; read < rows.size() && shown.size() < size; read++) {
                before = rows.get(read).id();
                if (visible(rows.get(read))) {
                    shown.add(rows.get(read));
                }
            }
            if (read < rows.size()) {
                more = true;
                break;
            }
            if (rows.size() <= size) {
                break;
            }
        }
        Map<String, Integer> sizes = store.sizes(me, shown.stream().map(NoticeListStore.Row::groupKey).distinct().toList());
        List<InAppNotice> entries = shown.stream().map(row -> new InAppNotice(row.id(), row.kind(), row.title(), row.text(), row.path(),
                row.at(), row.unread(), sizes.getOrDefault(row.groupKey(), 1))).toList();
        Optional<String> next = more ? Optional.of(String.valueOf(before)) : Optional.empty();
        return new ListPage(entries, next);
    }

    /** How many of the viewer's entries are unread (at most {@link #MAX_UNREAD}; 0 for anonymous). */
    public int unreadCount() {
        Optional<String> me = viewer.userKey();
        if (me.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (NoticeListStore.Row row : store.unreadLatest(me.get(), MAX_UNREAD * 2)) {
            if (visible(row) && ++count == MAX_UNREAD) {
                break;
            }
        }
        return count;
    }

    /** Marks one of the viewer's entries read (with the notices grouped in it); 404 for anyone else's or none. */
    public void markRead(long id) {
        if (!store.markRead(viewer.requireUserKey(), id)) {
            throw OutloudException.notFound();
        }
    }

    /** Marks every entry of the viewer read. */
    public void markAllRead() {
        store.markAllRead(viewer.requireUserKey());
    }

    /** A notice with a page shows only while the viewer may view that page (a community without a page has none). */
    private boolean visible(NoticeListStore.Row row) {
        return row.pageId() <= 0 || pages.viewablePage(row.pageId()).isPresent();
    }

    private static long parseCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            long id = Long.parseLong(cursor.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw OutloudException.invalid("outloud.notify.list.bad-cursor");
    }
}
