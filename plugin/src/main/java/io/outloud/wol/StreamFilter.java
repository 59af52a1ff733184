package io.outloud.wol;

/**
 * The filters a stream's query applies in the database; each null means "any". Trashed blocks never match.
 * The author's department is not here: it is read from the person directory (see {@link StreamService}).
 * {@code followed}, when not null, keeps the blocks by a followed author, in a followed community or with a followed
 * label (and is never empty: a reader who follows nothing sees nothing without a query).
 */
public record StreamFilter(String spaceKey, String label, String community, String authorKey, BlockStatus status, Followed followed) {
    public static final StreamFilter ALL = new StreamFilter(null, null, null, null, null);

    public StreamFilter(String spaceKey, String label, String community, String authorKey, BlockStatus status) {
        this(spaceKey, label, community, authorKey, status, null);
    }

    /** "Stuck" asks for who needs help: a stuck block whose author accepted an offer is getting help, so it is left out. */
    public boolean needsHelpOnly() {
        return status == BlockStatus.STUCK;
    }
}
