package io.outloud.thanks.web;

import java.util.List;

/** The thanks page's view model. Public getters only: they are on the Velocity allowlist. */
public final class ThanksView {
    private final List<Entry> entries;
    private final String next;
    private final String summaryText;
    private final boolean summaryPublic;

    ThanksView(List<Entry> entries, String next, String summaryText, boolean summaryPublic) {
        this.entries = List.copyOf(entries);
        this.next = next;
        this.summaryText = summaryText;
        this.summaryPublic = summaryPublic;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    /** The cursor of the next page ("" when there is none). */
    public String getNext() {
        return next;
    }

    public String getSummaryText() {
        return summaryText;
    }

    public boolean isSummaryPublic() {
        return summaryPublic;
    }

    /** One thanks as the page shows it; every text is escaped by the template. */
    public static final class Entry {
        private final long id;
        private final String fromName;
        private final String fromAvatar;
        private final String occasionText;
        private final String note;
        private final String date;
        private final boolean shown;

        Entry(long id, String fromName, String fromAvatar, String occasionText, String note, String date, boolean shown) {
            this.id = id;
            this.fromName = fromName;
            this.fromAvatar = fromAvatar == null ? "" : fromAvatar;
            this.occasionText = occasionText;
            this.note = note;
            this.date = date;
            this.shown = shown;
        }

        public long getId() {
            return id;
        }

        public String getFromName() {
            return fromName;
        }

        public String getFromAvatar() {
            return fromAvatar;
        }

        public String getOccasionText() {
            return occasionText;
        }

        public String getNote() {
            return note;
        }

        public String getDate() {
            return date;
        }

        public boolean isShown() {
            return shown;
        }
    }
}
