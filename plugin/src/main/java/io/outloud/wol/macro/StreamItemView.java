package io.outloud.wol.macro;

import io.outloud.people.AuthorView;

/** One block in a stream as the template shows it. Public getters only: they are on the Velocity allowlist. */
public final class StreamItemView {
    private final String url;
    private final String pageTitle;
    private final String workingOn;
    private final String statusCode;
    private final String statusLabel;
    private final String statusLozenge;
    private final AuthorView author;
    private long pageId;
    private String macroId = "";
    private String askLabel = "";

    StreamItemView(String url, String pageTitle, String workingOn, String statusCode, String statusLabel, String statusLozenge,
                   AuthorView author) {
        this.url = url;
        this.pageTitle = pageTitle;
        this.workingOn = workingOn;
        this.statusCode = statusCode;
        this.statusLabel = statusLabel;
        this.statusLozenge = statusLozenge;
        this.author = author;
    }

    StreamItemView withAsk(long pageId, String macroId, String askLabel) {
        this.pageId = pageId;
        this.macroId = macroId;
        this.askLabel = askLabel;
        return this;
    }

    public long getPageId() {
        return pageId;
    }

    public String getMacroId() {
        return macroId;
    }

    /** "Ask Farid to share": empty when the reader may not ask (anonymous, or the block is theirs). */
    public String getAskLabel() {
        return askLabel;
    }

    /** The block on its page: the page's address with the block's anchor. */
    public String getUrl() {
        return url;
    }

    public String getPageTitle() {
        return pageTitle;
    }

    public String getWorkingOn() {
        return workingOn;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getStatusLozenge() {
        return statusLozenge;
    }

    public AuthorView getAuthor() {
        return author;
    }
}
