package io.outloud.thought.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.common.ao.PersonTables;

import java.util.List;

/**
 * What half-finished thoughts hold about a person: their thoughts stay on their pages without an author; their feedback
 * goes, or stays as feedback nobody gave by name.
 */
public class ThoughtPersonalData extends PersonTables {

    public ThoughtPersonalData(ActiveObjects ao) {
        super(ao, List.of(
                new Column("thoughts", AoThought.class, AoThought.AUTHOR_KEY),
                new Column("feedbackGiven", AoFeedback.class, AoFeedback.GIVER_KEY)));
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        ao.executeInTransaction(() -> {
            if (texts == TextsOnErasure.DELETE) {
                delete(AoFeedback.class, AoFeedback.GIVER_KEY, userKey);
            } else {
                anonymise(AoFeedback.class, AoFeedback.GIVER_KEY, userKey, row -> { });
            }
            anonymise(AoThought.class, AoThought.AUTHOR_KEY, userKey, row -> { });
            return null;
        });
    }
}
