package io.outloud.thought;

import io.outloud.common.Keyset;
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

    /**
     * Which pieces on a thought one reader sees: every piece (the author), or their own and, when {@code shared}, the
     * others' that were not given for the author only.
     */
    record Visible(boolean everything, String readerKey, boolean shared) {
        public static final Visible ALL = new Visible(true, "", true);
    }

    /** A page of the pieces on one thought the reader sees, oldest first (created-at and id), past {@code after}. */
    List<Feedback> page(long pageId, String macroId, Visible visible, Keyset after, int limit);

    /** How many pieces on one thought the reader sees. */
    int count(long pageId, String macroId, Visible visible);

    /** The feedback on one thought, oldest first. */
    List<Feedback> forThought(long pageId, String macroId);

    /** The feedback on every thought of a page, in one query, for rendering it. */
    List<Feedback> forPage(long pageId);

    /** Per thought ("pageId/macroId"): how much feedback there is, and how much is not taken in yet; one query. */
    Map<String, int[]> countsFor(Collection<Thought> thoughts);
}
