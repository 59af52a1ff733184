package io.outloud.thought;

import io.outloud.content.PageScopedData;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence port for feedback on thoughts. */
public interface FeedbackStore extends PageScopedData {

    Feedback add(long pageId, String macroId, String giverKey, FeedbackKind kind, String text, boolean unnamed, Instant at);

    Optional<Feedback> find(long feedbackId);

    void edit(long feedbackId, FeedbackKind kind, String text, Instant at);

    void delete(long feedbackId);

    /** Marks it taken in; false if it already was (one thanks, one notice). */
    boolean takeIn(long feedbackId, Instant at);

    /** The feedback on one thought, oldest first. */
    List<Feedback> forThought(long pageId, String macroId);

    /** The feedback on every thought of a page, in one query, for rendering it. */
    List<Feedback> forPage(long pageId);

    /** How much feedback came on a thought after {@code since} (null: ever) from anyone but {@code exceptKey}. */
    int countSince(long pageId, String macroId, Instant since, String exceptKey);

    /** Per thought ("pageId/macroId"): how much feedback there is, and how much is not taken in yet; one query. */
    Map<String, int[]> countsFor(Collection<Thought> thoughts);
}
