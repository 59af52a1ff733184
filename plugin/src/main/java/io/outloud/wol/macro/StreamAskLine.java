package io.outloud.wol.macro;

/** An ask of one of the reader's communities, as the stream shows it above the blocks. Public getters only: they are on the Velocity allowlist. */
public final class StreamAskLine {
    private final String byText;
    private final String text;
    private final String isoDate;
    private final String communityName;
    private final String communityUrl;

    StreamAskLine(String byText, String text, String isoDate, String communityName, String communityUrl) {
        this.byText = byText;
        this.text = text;
        this.isoDate = isoDate;
        this.communityName = communityName;
        this.communityUrl = communityUrl;
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

    /** The day (UTC) it was asked, as the community page shows it. */
    public String getDate() {
        return isoDate;
    }

    public String getCommunityName() {
        return communityName;
    }

    public String getCommunityUrl() {
        return communityUrl;
    }
}
