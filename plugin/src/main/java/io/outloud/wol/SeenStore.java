package io.outloud.wol;

import io.outloud.common.Keyset;
import io.outloud.content.PageScopedData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Persistence port for views of blocks: at most one per person, block and day (the database refuses a second),
 * with the viewer's department stored at record time so that counting never looks people up.
 */
public interface SeenStore extends PageScopedData {

    /** Records the view; false if this person's view of the block was already recorded that day. */
    boolean record(long pageId, String macroId, String userKey, String department, LocalDate day, Instant at);

    /** Distinct viewers and departments of one block. */
    SeenCount count(long pageId, String macroId);

    /** Distinct viewers and departments of every block of a page (by macro id), in one statement. */
    Map<String, SeenCount> countsForPage(long pageId);

    /**
     * The people who saw a block, latest first view first, strictly past {@code before} (null for the first page),
     * at most {@code limit}.
     */
    List<SeenViewer> viewers(long pageId, String macroId, Keyset before, int limit);

    /** Removes every view of the blocks of a page (the page was purged); returns how many went. */
    int deleteByPage(long pageId);
}
