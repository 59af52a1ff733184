package io.outloud.home;

import java.util.Optional;

/**
 * Where a person is, as far as a next step needs to know: their path this month, how many communities they belong to,
 * whether they have an open thought, whether feedback on one waits for them, and the oldest-shown request to them.
 */
public record Situation(ThreeCPath path, int communities, boolean hasOpenThought, boolean feedbackWaiting, Optional<Suggestion> openRequest) {
}
