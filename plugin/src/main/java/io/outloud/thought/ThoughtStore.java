package io.outloud.thought;

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

    /** Someone moved the thought to this stage (without editing the page). */
    void moveStage(long pageId, String macroId, ThoughtStage stage, Instant at);

    /** Something happened to the thought (feedback, feedback taken in). */
    void touch(long pageId, String macroId, Instant at);

    /**
     * Claims the right to tell the author of the feedback after piece {@code sinceId} (the last notice's
     * {@code notifiedUpTo}; 0: never told), up to piece {@code upToId}: true for one caller only, however many race,
     * and the thought then records {@code at} and {@code upToId} as its last notice, and owes none.
     */
    boolean claimNotice(long thoughtId, long sinceId, long upToId, Instant at);

    /** Feedback came while the author's last notice was under an hour old: a notice is owed once the hour is over. */
    void markNoticeOwed(long thoughtId);

    /** Thoughts that are owed a notice and whose last notice is no later than {@code cutoff}, at most {@code limit}. */
    List<Thought> noticesOwed(Instant cutoff, int limit);

    /** A person's thoughts that are not ripe and not in the trash, oldest first. */
    List<Thought> openByAuthor(String authorKey, int limit);

    List<Long> pageIdsInSpace(String spaceKey);

    void moveToSpace(long pageId, String spaceKey);

    void setTrashed(long pageId, boolean trashed);

    int deleteByPage(long pageId);
}
