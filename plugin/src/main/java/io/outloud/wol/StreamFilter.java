package io.outloud.wol;

/**
 * The filters a stream's query applies in the database; each null means "any". Trashed blocks never match.
 * The author's department is not here: it is read from the person directory (see {@link StreamService}).
 */
public record StreamFilter(String spaceKey, String label, String community, String authorKey, BlockStatus status) {
    public static final StreamFilter ALL = new StreamFilter(null, null, null, null, null);

    /** "Stuck" asks for who needs help: a stuck block whose author accepted an offer is getting help, so it is left out. */
    public boolean needsHelpOnly() {
        return status == BlockStatus.STUCK;
    }
}
