package io.outloud.home;

import java.util.Optional;
import java.util.Set;

/**
 * Chooses at most one next step that fits where the person is: first what someone waits for (a request to share, then
 * feedback on their thought), then the next 3C step they have not taken this month. Dismissed steps never come back.
 */
public final class NextSteps {
    private NextSteps() {
    }

    public static Optional<Suggestion> choose(Situation situation, Set<NextStep> dismissed) {
        if (situation.openRequest().isPresent() && !dismissed.contains(NextStep.ANSWER_REQUEST)) {
            return situation.openRequest();
        }
        if (situation.feedbackWaiting() && !dismissed.contains(NextStep.READ_FEEDBACK)) {
            return Optional.of(Suggestion.of(NextStep.READ_FEEDBACK));
        }
        ThreeCPath path = situation.path();
        if (situation.communities() == 0) {
            return offer(NextStep.JOIN_COMMUNITY, dismissed);
        }
        if (!path.contributed() && !dismissed.contains(NextStep.REACT_IN_COMMUNITY)) {
            return Optional.of(Suggestion.of(NextStep.REACT_IN_COMMUNITY));
        }
        if (!path.created() && !situation.hasOpenThought()) {
            return offer(NextStep.FIRST_THOUGHT, dismissed);
        }
        return Optional.empty();
    }

    private static Optional<Suggestion> offer(NextStep step, Set<NextStep> dismissed) {
        return dismissed.contains(step) ? Optional.empty() : Optional.of(Suggestion.of(step));
    }
}
