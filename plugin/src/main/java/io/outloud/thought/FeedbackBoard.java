package io.outloud.thought;

import io.outloud.common.Keyset;
import io.outloud.common.Page;
import io.outloud.people.Person;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feedback on a thought as one reader may see it, decided here on the server: the author sees all of it;
 * everyone else sees their own, and others' only where the thought shows feedback to everyone and showed it so when
 * the piece was given (and how much there is in all). An unnamed piece names its giver to nobody, its key blanked;
 * its giver sees it as theirs.
 *
 * @param items      one page of what this reader sees, oldest first
 * @param total      how much feedback there is in all
 * @param visible    how much of it this reader sees (on every page)
 * @param allVisible whether this reader sees every piece the thought shows
 * @param next       where the next page starts, or empty on the last
 */
public record FeedbackBoard(List<Item> items, int total, int visible, boolean allVisible, Optional<Keyset> next) {

    /**
     * One piece as the reader sees it.
     *
     * @param giver     who gave it, or null when it is unnamed (to this reader: always, except the giver)
     * @param mine      the reader gave it (and may edit or delete it)
     * @param canTakeIn the reader is the thought's author and has not taken it in yet
     */
    public record Item(Feedback feedback, Person giver, boolean mine, boolean canTakeIn) {
    }

    /** Which pieces this reader sees: the store reads only those, a page at a time. */
    static FeedbackStore.Visible visibleTo(Thought thought, ThoughtParameters parameters, String readerKey) {
        boolean author = !readerKey.isEmpty() && readerKey.equals(thought.authorKey());
        return author ? FeedbackStore.Visible.ALL : new FeedbackStore.Visible(false, readerKey, parameters.visibleToAll());
    }

    static FeedbackBoard of(Thought thought, ThoughtParameters parameters, Page<Feedback> page, int total, int visible,
                            Map<String, Person> people, String readerKey) {
        boolean author = !readerKey.isEmpty() && readerKey.equals(thought.authorKey());
        boolean all = author || parameters.visibleToAll();
        // the store already read only what this reader sees; the same rule again here, so no change there can leak a piece
        List<Item> items = page.items().stream()
                .filter(piece -> author || piece.giverKey().equals(readerKey) || (all && !piece.authorOnly()))
                .map(piece -> {
                    boolean mine = !readerKey.isEmpty() && piece.giverKey().equals(readerKey);
                    if (piece.unnamed() && !mine) {
                        return new Item(piece.withoutGiver(), null, false, author && !piece.takenIn());
                    }
                    return new Item(piece, people.getOrDefault(piece.giverKey(), Person.unknown(piece.giverKey())), mine, author && !piece.takenIn());
                })
                .toList();
        return new FeedbackBoard(items, total, visible, all, page.next());
    }
}
