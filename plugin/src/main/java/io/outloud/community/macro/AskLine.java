package io.outloud.community.macro;

/** An ask of the community as its page and the stream show it. */
public final class AskLine {
    final long id;
    final String byText;
    final String text;
    final String isoDate;
    final String date;
    final String communityName;
    final String communityUrl;

    AskLine(long id, String byText, String text, String isoDate, String date, String communityName, String communityUrl) {
        this.id = id;
        this.byText = byText;
        this.text = text;
        this.isoDate = isoDate;
        this.date = date;
        this.communityName = communityName;
        this.communityUrl = communityUrl;
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
