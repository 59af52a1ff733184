package io.outloud.thought;

import io.outloud.common.Keyset;
import io.outloud.content.MacroIdentity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence port for half-finished thoughts, identified by page and macro id. */
public interface ThoughtStore {

    /** Records a new thought; one with the same page and macro id already stored is returned instead (a racing save). */
    Thought create(MacroIdentity identity, String authorKey, ThoughtStage stage, String question, Instant at);

    Optional<Thought> find(long pageId, String macroId);

    /** The thoughts of one page, in one query. */
    List<Thought> findByPage(long pageId);

    /** A save of the page: its question, and the stage its parameter gives (which becomes the stage only when it changed). */
    void pageSaved(long pageId, String macroId, ThoughtStage pageStage, String question);

    /** A save of the page: the community each thought asks ("" for none), by macro id; only changed rows are written. */
    void tagCommunities(long pageId, java.util.Map<String, String> communityByMacroId);

    /** The newest-touched thoughts asking this community, not in the trash, at most {@code limit}. */
    List<Thought> inCommunity(String communityKey, int limit);

    /** Someone moved the thought to this stage (without editing the page). */
    void moveStage(long pageId, String macroId, ThoughtStage stage, Instant at);

    /** Something happened to the thought (feedback, feedback taken in). */
    void touch(long pageId, String macroId, Instant at);

    /** Feedback came at {@code at}: the author is owed a notice, from then on (an earlier debt stands). */
    void markNoticeOwed(long thoughtId, Instant at);

    /** Thoughts owed a notice since no later than {@code cutoff}, longest owed first, at most {@code limit}. */
    List<Thought> noticesOwed(Instant cutoff, int limit);

    /** The author was told of the feedback up to piece {@code upToId} at {@code at}: nothing is owed any more. */
    void noticeSent(long thoughtId, long upToId, Instant at);

    /** A person's thoughts that are not ripe and not in the trash, oldest first (created-at and id), past {@code after}. */
    List<Thought> openByAuthor(String authorKey, Keyset after, int limit);

    /** The first of them. */
    default List<Thought> openByAuthor(String authorKey, int limit) {
        return openByAuthor(authorKey, null, limit);
    }

    List<Long> pageIdsInSpace(String spaceKey);

    void moveToSpace(long pageId, String spaceKey);

    void setTrashed(long pageId, boolean trashed);

    int deleteByPage(long pageId);
}
