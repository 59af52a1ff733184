package io.outloud.thought;

import io.outloud.content.PageScopedData;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence port for feedback on thoughts. */
public interface FeedbackStore extends PageScopedData {

    /**
     * @param authorOnly the thought showed feedback to its author only when this was given: it stays so, even if the
     *                   page later shows feedback to everyone
     */
    Feedback add(long pageId, String macroId, String giverKey, FeedbackKind kind, String text, boolean unnamed, boolean authorOnly, Instant at);

    /** Feedback given where the thought shows feedback to everyone. */
    default Feedback add(long pageId, String macroId, String giverKey, FeedbackKind kind, String text, boolean unnamed, Instant at) {
        return add(pageId, macroId, giverKey, kind, text, unnamed, false, at);
    }

    Optional<Feedback> find(long feedbackId);

    void edit(long feedbackId, FeedbackKind kind, String text, Instant at);

    void delete(long feedbackId);

    /** Marks it taken in; false if it already was (one thanks, one notice). */
    boolean takeIn(long feedbackId, Instant at);

    /** The feedback on one thought, oldest first. */
    List<Feedback> forThought(long pageId, String macroId);

    /** The feedback on every thought of a page, in one query, for rendering it. */
    List<Feedback> forPage(long pageId);

    /** Per thought ("pageId/macroId"): how much feedback there is, and how much is not taken in yet; one query. */
    Map<String, int[]> countsFor(Collection<Thought> thoughts);
}
