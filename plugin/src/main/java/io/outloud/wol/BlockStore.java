package io.outloud.wol;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence port for working-out-loud blocks. */
public interface BlockStore {

    /** Records a new block; a second block with the same macro id is refused with {@link DuplicateBlockException}. */
    Block create(BlockIdentity identity, String authorKey, BlockStatus status, Instant createdAt);

    Optional<Block> findByMacroId(String macroId);

    /** The blocks of one page, oldest first. */
    List<Block> findByPage(long pageId);

    int countBySpace(String spaceKey);

    /** Removes every block of a page (the page was purged) and returns how many went. */
    int deleteByPage(long pageId);
}
