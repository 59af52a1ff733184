package io.outloud.wol.macro;

/** The help line of a block (who is helping, how many offers) and what the reader may do. Public getters, as for BlockView. */
public final class HelpView {
    private final String helperText;
    private final String countText;
    private final boolean author;
    private final boolean offerable;
    private final boolean offered;

    HelpView(String helperText, String countText, boolean author, boolean offerable, boolean offered) {
        this.helperText = helperText;
        this.countText = countText;
        this.author = author;
        this.offerable = offerable;
        this.offered = offered;
    }

    /** "Alice Janssens is helping", or empty while nobody's offer is accepted. */
    public String getHelperText() {
        return helperText;
    }

    /** "2 offers of help": a count, never whose or what. */
    public String getCountText() {
        return countText;
    }

    /** The reader wrote the block: they may see and accept the offers. */
    public boolean isAuthor() {
        return author;
    }

    /** The reader is signed in and not the author: they may offer help. */
    public boolean isOfferable() {
        return offerable;
    }

    /** The reader has an offer on this block (which they may withdraw). */
    public boolean isOffered() {
        return offered;
    }
}
