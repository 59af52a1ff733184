package io.outloud.wol.macro;

import io.outloud.wol.HelpService;

/** The help line of a block (who is helping, how many offers) and what the reader may do. Public getters, as for BlockView. */
public final class HelpView {
    private final String helperText;
    private final String countText;
    private final boolean author;
    private final boolean gettingHelp;
    private final boolean helping;
    private final boolean offerable;
    private final boolean offered;
    private final boolean mayOffer;
    private final long acceptedOfferId;

    HelpView(String helperText, String countText, HelpService.Board board, boolean offerable, boolean mayOffer) {
        this(helperText, countText, board.author(), board.gettingHelp(), board.readerHelps(), offerable, board.mine().isPresent(), mayOffer,
                board.helper().map(io.outloud.wol.HelpOffer::id).orElse(0L));
    }

    HelpView(String helperText, String countText, boolean author, boolean gettingHelp, boolean helping, boolean offerable, boolean offered,
             boolean mayOffer, long acceptedOfferId) {
        this.helperText = helperText;
        this.countText = countText;
        this.author = author;
        this.gettingHelp = gettingHelp;
        this.helping = helping;
        this.offerable = offerable;
        this.offered = offered;
        this.mayOffer = mayOffer;
        this.acceptedOfferId = acceptedOfferId;
    }

    /** "Alice Janssens is helping.", or empty while nobody's offer is accepted. */
    public String getHelperText() {
        return helperText;
    }

    /** "2 offers of help." or, beside a helper, "1 other offer.": a count, never whose or what. */
    public String getCountText() {
        return countText;
    }

    /** The reader wrote the block: they may see and accept the offers. */
    public boolean isAuthor() {
        return author;
    }

    /** The author accepted an offer: the author may reopen the block ("still stuck"). */
    public boolean isGettingHelp() {
        return gettingHelp;
    }

    /** The reader's offer is the accepted one: nothing to withdraw, the help line says they are helping. */
    public boolean isHelping() {
        return helping;
    }

    /** The reader is signed in and not the author: the offer form is theirs (shown when they may offer). */
    public boolean isOfferable() {
        return offerable;
    }

    /** The reader has an offer on this block (which they may withdraw unless it is accepted). */
    public boolean isOffered() {
        return offered;
    }

    /** The "I can help" button shows: no offer of theirs yet, and nobody is helping yet. */
    public boolean isMayOffer() {
        return mayOffer;
    }

    /** The accepted offer's number (0 while none is accepted): its author may thank the helper for it. */
    public long getAcceptedOfferId() {
        return acceptedOfferId;
    }
}
