package io.outloud.wol.macro;

import java.util.List;

/** The requests macro's view model. Public getters only: they are on the Velocity allowlist. */
public final class ShareRequestsView {
    private final boolean signedIn;
    private final List<ShareRequestItemView> incoming;
    private final List<ShareRequestItemView> outgoing;
    private final String incomingNext;
    private final String outgoingNext;
    private boolean elsewhere;

    ShareRequestsView(boolean signedIn, List<ShareRequestItemView> incoming, List<ShareRequestItemView> outgoing) {
        this(signedIn, incoming, "", outgoing, "");
    }

    ShareRequestsView(boolean signedIn, List<ShareRequestItemView> incoming, String incomingNext, List<ShareRequestItemView> outgoing,
                      String outgoingNext) {
        this.signedIn = signedIn;
        this.incoming = List.copyOf(incoming);
        this.outgoing = List.copyOf(outgoing);
        this.incomingNext = incomingNext;
        this.outgoingNext = outgoingNext;
    }

    /** Rendered for something other than the page in a browser (an export, a mail): shows a line, never a list. */
    public boolean isElsewhere() {
        return elsewhere;
    }

    ShareRequestsView elsewhere() {
        this.elsewhere = true;
        return this;
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    /** Open requests to the reader, newest first. */
    public List<ShareRequestItemView> getIncoming() {
        return incoming;
    }

    /** Where the next page of incoming requests starts, for "Show more" ("" when all are shown). */
    public String getIncomingNext() {
        return incomingNext;
    }

    /** Where the next page of outgoing requests starts ("" when all are shown). */
    public String getOutgoingNext() {
        return outgoingNext;
    }

    /** What the reader asked, newest first, in every state. */
    public List<ShareRequestItemView> getOutgoing() {
        return outgoing;
    }
}
