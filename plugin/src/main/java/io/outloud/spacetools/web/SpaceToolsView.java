package io.outloud.spacetools.web;

import java.util.List;

/** The space tools page's view model. Public getters only: they are on the Velocity allowlist. */
public final class SpaceToolsView {
    private final String spaceKey;
    private final List<MacroRow> macros;
    private final Section blocks;
    private final Section thoughts;
    private final Discussion discussion;
    private final List<RecordRow> records;
    private final String moreRecordsUrl;

    SpaceToolsView(String spaceKey, List<MacroRow> macros, Section blocks, Section thoughts, Discussion discussion, List<RecordRow> records,
                   String moreRecordsUrl) {
        this.spaceKey = spaceKey;
        this.macros = List.copyOf(macros);
        this.blocks = blocks;
        this.thoughts = thoughts;
        this.discussion = discussion;
        this.records = List.copyOf(records);
        this.moreRecordsUrl = moreRecordsUrl;
    }

    public String getSpaceKey() {
        return spaceKey;
    }

    public List<MacroRow> getMacros() {
        return macros;
    }

    public Section getBlocks() {
        return blocks;
    }

    public Section getThoughts() {
        return thoughts;
    }

    /** The replies or feedback of the block or thought chosen for moderation, or null. */
    public Discussion getDiscussion() {
        return discussion;
    }

    public List<RecordRow> getRecords() {
        return records;
    }

    /** The next page of the moderation record ("" on the last). */
    public String getMoreRecordsUrl() {
        return moreRecordsUrl;
    }

    /** One macro: its stored name, its name as people read it, the three choices with the one made selected. */
    public static final class MacroRow {
        private final String name;
        private final String label;
        private final String defaultLabel;
        private final String choice;

        MacroRow(String name, String label, String defaultLabel, String choice) {
            this.name = name;
            this.label = label;
            this.defaultLabel = defaultLabel;
            this.choice = choice;
        }

        public String getName() {
            return name;
        }

        public String getLabel() {
            return label;
        }

        /** "Site default (on)" or "(off)", in the reader's language. */
        public String getDefaultLabel() {
            return defaultLabel;
        }

        public boolean isDefaultChosen() {
            return "default".equals(choice);
        }

        public boolean isOnChosen() {
            return "on".equals(choice);
        }

        public boolean isOffChosen() {
            return "off".equals(choice);
        }
    }

    /** A list of blocks or thoughts, one page, and the link to the next ("" on the last). */
    public static final class Section {
        private final String kind;
        private final String heading;
        private final String noneText;
        private final String moderateLabel;
        private final List<ItemRow> rows;
        private final String moreUrl;

        Section(String kind, String heading, String noneText, String moderateLabel, List<ItemRow> rows, String moreUrl) {
            this.kind = kind;
            this.heading = heading;
            this.noneText = noneText;
            this.moderateLabel = moderateLabel;
            this.rows = List.copyOf(rows);
            this.moreUrl = moreUrl;
        }

        /** "blocks" or "thoughts": the list's class and ids. */
        public String getKind() {
            return kind;
        }

        public String getHeading() {
            return heading;
        }

        public String getNoneText() {
            return noneText;
        }

        /** The link text to a row's replies or feedback. */
        public String getModerateLabel() {
            return moderateLabel;
        }

        public List<ItemRow> getRows() {
            return rows;
        }

        public String getMoreUrl() {
            return moreUrl;
        }
    }

    /** A block or a thought: its page, author, state (in words), when it started, and where to moderate it. */
    public static final class ItemRow {
        private final String pageTitle;
        private final String url;
        private final String author;
        private final String state;
        private final String started;
        private final String moderateUrl;

        ItemRow(String pageTitle, String url, String author, String state, String started, String moderateUrl) {
            this.pageTitle = pageTitle;
            this.url = url;
            this.author = author;
            this.state = state;
            this.started = started;
            this.moderateUrl = moderateUrl;
        }

        public String getPageTitle() {
            return pageTitle;
        }

        public String getUrl() {
            return url;
        }

        public String getAuthor() {
            return author;
        }

        public String getState() {
            return state;
        }

        public String getStarted() {
            return started;
        }

        public String getModerateUrl() {
            return moderateUrl;
        }
    }

    /** The replies or feedback on one block or thought, each removable. */
    public static final class Discussion {
        private final String heading;
        private final List<Entry> entries;

        Discussion(String heading, List<Entry> entries) {
            this.heading = heading;
            this.entries = List.copyOf(entries);
        }

        public String getHeading() {
            return heading;
        }

        public List<Entry> getEntries() {
            return entries;
        }
    }

    /** A reply or a piece of feedback: who, what, when, and the REST address that removes it. */
    public static final class Entry {
        private final String author;
        private final String text;
        private final String date;
        private final String removeUrl;

        Entry(String author, String text, String date, String removeUrl) {
            this.author = author;
            this.text = text;
            this.date = date;
            this.removeUrl = removeUrl;
        }

        public String getAuthor() {
            return author;
        }

        public String getText() {
            return text;
        }

        public String getDate() {
            return date;
        }

        public String getRemoveUrl() {
            return removeUrl;
        }
    }

    /** One removal: who removed what, whose it was, when. */
    public static final class RecordRow {
        private final String text;
        private final String date;

        RecordRow(String text, String date) {
            this.text = text;
            this.date = date;
        }

        public String getText() {
            return text;
        }

        public String getDate() {
            return date;
        }
    }
}
