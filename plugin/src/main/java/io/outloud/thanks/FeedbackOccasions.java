package io.outloud.thanks;

import io.outloud.content.PageAccess;
import io.outloud.thought.Feedback;
import io.outloud.thought.FeedbackStore;
import io.outloud.thought.ThoughtStore;

import java.util.Objects;
import java.util.Optional;

/**
 * Feedback taken in on a thought the current person may view: its author was helped by the giver. Unnamed feedback keeps
 * its giver hidden from the thanker; once the site's retention period made it forget its giver, nobody can be thanked.
 */
public class FeedbackOccasions implements OccasionFinder {
    private final FeedbackStore feedback;
    private final ThoughtStore thoughts;
    private final PageAccess pages;

    public FeedbackOccasions(FeedbackStore feedback, ThoughtStore thoughts, PageAccess pages) {
        this.feedback = Objects.requireNonNull(feedback);
        this.thoughts = Objects.requireNonNull(thoughts);
        this.pages = Objects.requireNonNull(pages);
    }

    @Override
    public Occasion occasion() {
        return Occasion.FEEDBACK;
    }

    @Override
    public Optional<Helped> find(long id, String partner) {
        return feedback.find(id).filter(Feedback::takenIn).filter(piece -> pages.viewablePage(piece.pageId()).isPresent())
                .flatMap(piece -> thoughts.find(piece.pageId(), piece.macroId())
                        .map(thought -> new Helped(thought.authorKey(), piece.giverKey(), piece.unnamed(), piece.giverForgotten())));
    }
}
