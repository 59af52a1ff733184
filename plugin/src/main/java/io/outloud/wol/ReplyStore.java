package io.outloud.wol;

import io.outloud.content.PageScopedData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence port for replies. */
public interface ReplyStore extends PageScopedData {

    Reply add(long pageId, String macroId, String authorKey, String text, Instant at);

    Optional<Reply> find(long replyId);

    void edit(long replyId, String text, Instant at);

    void delete(long replyId);

    /**
     * Oldest first, keyset-paginated: the replies after the one with id {@code afterId} (0: from the start),
     * at most {@code limit}. Keyset, not offset, so a page never skips or repeats when replies arrive meanwhile.
     */
    List<Reply> page(long pageId, String macroId, long afterId, int limit);

    /** How many replies each block of a page has, in one query, for rendering the page. */
    Map<String, Integer> countsForPage(long pageId);

    int deleteByPage(long pageId);
}
