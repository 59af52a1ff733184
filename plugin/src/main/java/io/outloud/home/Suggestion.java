package io.outloud.home;

/** A next step as suggested: which one, and for {@link NextStep#ANSWER_REQUEST} who asked and what (else ""). */
public record Suggestion(NextStep step, String askerName, String topic) {

    public static Suggestion of(NextStep step) {
        return new Suggestion(step, "", "");
    }
}
