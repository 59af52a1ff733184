package io.outloud.community.macro;

/** An ask of the community as its page shows it. */
public final class AskLine {
    final long id;
    final String byText;
    final String text;
    final String isoDate;
    final String date;
    final String communityName;
    final String communityUrl;
    final boolean removable;
    final String removeLabel;

    AskLine(long id, String byText, String text, String isoDate, String date, String communityName, String communityUrl, boolean removable,
            String removeLabel) {
        this.id = id;
        this.byText = byText;
        this.text = text;
        this.isoDate = isoDate;
        this.date = date;
        this.communityName = communityName;
        this.communityUrl = communityUrl;
        this.removable = removable;
        this.removeLabel = removeLabel;
    }

    /** Whether the reader may remove it (its asker, a lead of the community). */
    public boolean isRemovable() {
        return removable;
    }

    /** What the remove button says to a screen reader: whose ask it removes. */
    public String getRemoveLabel() {
        return removeLabel;
    }

    public long getId() {
        return id;
    }

    public String getByText() {
        return byText;
    }

    public String getText() {
        return text;
    }

    public String getIsoDate() {
        return isoDate;
    }

    public String getDate() {
        return date;
    }

    public String getCommunityName() {
        return communityName;
    }

    public String getCommunityUrl() {
        return communityUrl;
    }
}
