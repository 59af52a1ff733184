package io.outloud.thanks;

import java.util.List;
import java.util.Optional;

/** What a person's card shows of their thanks: the thanks they chose to show, and their quarter's summary if they made it public. */
public record ThanksCard(List<Thanks> shown, Optional<ThanksSummary> summary) {
    public ThanksCard {
        shown = List.copyOf(shown);
    }

    public boolean isEmpty() {
        return shown.isEmpty() && summary.isEmpty();
    }
}
