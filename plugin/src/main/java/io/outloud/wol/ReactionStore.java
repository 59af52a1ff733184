package io.outloud.wol;

import io.outloud.common.Keyset;
import io.outloud.content.PageScopedData;
import java.time.Instant;
import java.util.List;

/** Persistence port for reactions: at most one of each kind per person and block (a block is a page and a macro id). */
public interface ReactionStore extends PageScopedData {

    /** Adds the reaction if the person has none of this kind on the block, removes it otherwise; true if it now exists. */
    boolean toggle(long pageId, String macroId, String userKey, ReactionKind kind, Instant at);

    List<Reaction> forBlock(long pageId, String macroId);

    /** Who reacted with one kind to a block, oldest first, strictly past {@code after} (null for the first page), at most {@code limit}. */
    List<Reactor> reactors(long pageId, String macroId, ReactionKind kind, Keyset after, int limit);

    /** Every reaction on every block of a page, in one query, for rendering the page. */
    List<Reaction> forPage(long pageId);

    /** Removes every reaction on the blocks of a page (the page was purged); returns how many went. */
    int deleteByPage(long pageId);
}
