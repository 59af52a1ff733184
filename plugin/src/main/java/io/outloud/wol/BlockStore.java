package io.outloud.wol;

import io.outloud.content.MacroIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence port for working-out-loud blocks, identified by page and macro id. */
public interface BlockStore {

    /** Records a new block; a second block with the same page and macro id is refused with {@link DuplicateBlockException}. */
    Block create(MacroIdentity identity, String authorKey, BlockStatus status, Instant createdAt);

    Optional<Block> find(long pageId, String macroId);

    /** The blocks of one page, oldest first, in one query. */
    List<Block> findByPage(long pageId);

    void updateStatus(long pageId, String macroId, BlockStatus status);

    int countBySpace(String spaceKey);

    /** The pages that hold blocks in this space (in the trash too), each once: what a removed space takes with it. */
    List<Long> pageIdsInSpace(String spaceKey);

    /** Records that a page's blocks are now in this space (the page moved). */
    void moveToSpace(long pageId, String spaceKey);

    /** Marks every block of a page as in the trash, or back. */
    void setTrashed(long pageId, boolean trashed);

    /** Removes every block of a page (the page was purged) and returns how many went. */
    int deleteByPage(long pageId);
}
