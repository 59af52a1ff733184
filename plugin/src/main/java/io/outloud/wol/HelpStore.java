package io.outloud.wol;

import io.outloud.common.Keyset;
import io.outloud.content.PageScopedData;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence port for offers of help: at most one per person per block, which the database enforces. */
public interface HelpStore extends PageScopedData {

    /** The new offer, or empty when this person already has an offer on this block (also under concurrent requests). */
    Optional<HelpOffer> offer(long pageId, String macroId, String helperKey, String message, Instant at);

    Optional<HelpOffer> find(long offerId);

    /** A page of the offers on one block, oldest first (created-at and id), past {@code after}. */
    List<HelpOffer> page(long pageId, String macroId, Keyset after, int limit);

    /** How many offers on the block are not accepted. */
    int countOpen(long pageId, String macroId);

    /** This person's offer on the block. */
    Optional<HelpOffer> byHelper(long pageId, String macroId, String helperKey);

    /** The accepted offer on the block. */
    Optional<HelpOffer> accepted(long pageId, String macroId);

    /** Every offer on the blocks of a page, in one query, for rendering the page. */
    List<HelpOffer> forPage(long pageId);

    /** Removes this person's offer on the block; whether there was one. */
    boolean withdraw(long pageId, String macroId, String helperKey);

    /** Marks this offer accepted, every other offer on its block not accepted, and the block getting help; all at once. */
    void accept(long offerId);

    /**
     * The author reopens the block: no offer on it stays accepted and the block is no longer getting help, all at once.
     * Whether an offer was accepted.
     */
    boolean reopen(long pageId, String macroId);
}
