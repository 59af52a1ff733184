package io.outloud.thought;

import io.outloud.people.Person;

import java.util.List;
import java.util.Map;

/**
 * The feedback on a thought as one reader may see it, decided here on the server: the author sees all of it;
 * everyone else sees their own, and others' only where the thought shows feedback to everyone and showed it so when
 * the piece was given (and how much there is in all). An unnamed piece names its giver to nobody, its key blanked;
 * its giver sees it as theirs.
 *
 * @param items      what this reader sees, oldest first
 * @param total      how much feedback there is in all
 * @param allVisible whether this reader sees every piece the thought shows
 */
public record FeedbackBoard(List<Item> items, int total, boolean allVisible) {

    /**
     * One piece as the reader sees it.
     *
     * @param giver     who gave it, or null when it is unnamed (to this reader: always, except the giver)
     * @param mine      the reader gave it (and may edit or delete it)
     * @param canTakeIn the reader is the thought's author and has not taken it in yet
     */
    public record Item(Feedback feedback, Person giver, boolean mine, boolean canTakeIn) {
    }

    static FeedbackBoard of(Thought thought, ThoughtParameters parameters, List<Feedback> feedback, Map<String, Person> people, String readerKey) {
        boolean author = !readerKey.isEmpty() && readerKey.equals(thought.authorKey());
        boolean all = author || parameters.visibleToAll();
        List<Item> items = feedback.stream()
                .filter(piece -> author || piece.giverKey().equals(readerKey) || (all && !piece.authorOnly()))
                .map(piece -> {
                    boolean mine = !readerKey.isEmpty() && piece.giverKey().equals(readerKey);
                    if (piece.unnamed() && !mine) {
                        return new Item(piece.withoutGiver(), null, false, author && !piece.takenIn());
                    }
                    return new Item(piece, people.getOrDefault(piece.giverKey(), Person.unknown(piece.giverKey())), mine, author && !piece.takenIn());
                })
                .toList();
        return new FeedbackBoard(items, feedback.size(), all);
    }
}
