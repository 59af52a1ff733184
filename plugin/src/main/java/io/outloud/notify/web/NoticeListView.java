package io.outloud.notify.web;

import java.util.List;

/** The notification page's view model. Public getters only: they are on the Velocity allowlist. */
public final class NoticeListView {
    private final List<Entry> entries;
    private final String next;
    private final int unread;
    private final String unreadText;

    NoticeListView(List<Entry> entries, String next, int unread, String unreadText) {
        this.entries = List.copyOf(entries);
        this.next = next;
        this.unread = unread;
        this.unreadText = unreadText;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    /** The cursor of the next page ("" when there is none). */
    public String getNext() {
        return next;
    }

    public int getUnread() {
        return unread;
    }

    public String getUnreadText() {
        return unreadText;
    }

    /** One entry as the page shows it; every text is escaped by the template. */
    public static final class Entry {
        private final long id;
        private final String title;
        private final String text;
        private final String url;
        private final String date;
        private final String countText;
        private final boolean unread;

        Entry(long id, String title, String text, String url, String date, String countText, boolean unread) {
            this.id = id;
            this.title = title;
            this.text = text;
            this.url = url;
            this.date = date;
            this.countText = countText;
            this.unread = unread;
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getText() {
            return text;
        }

        public String getUrl() {
            return url;
        }

        public String getDate() {
            return date;
        }

        /** "3 notifications" for a group of several, else "". */
        public String getCountText() {
            return countText;
        }

        public boolean isUnread() {
            return unread;
        }
    }
}
