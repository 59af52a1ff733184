package io.outloud.home;

import java.util.Arrays;
import java.util.Optional;

/** The gentle next steps My Out Loud may suggest, at most one at a time; each can be dismissed for good. */
public enum NextStep {
    /** Someone asked the person to share something and waits for the answer. */
    ANSWER_REQUEST("answer-request"),
    /** A thought of theirs has feedback they have not taken in yet. */
    READ_FEEDBACK("read-feedback"),
    /** They joined a community but did not react or reply this month. */
    REACT_IN_COMMUNITY("react-in-community"),
    /** They have no open thought and wrote nothing this month. */
    FIRST_THOUGHT("first-thought"),
    /** They belong to no community yet. */
    JOIN_COMMUNITY("join-community");

    private final String code;

    NextStep(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<NextStep> fromCode(String code) {
        return Arrays.stream(values()).filter(step -> step.code.equals(code)).findFirst();
    }
}
