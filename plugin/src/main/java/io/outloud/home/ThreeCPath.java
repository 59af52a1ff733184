package io.outloud.home;

/**
 * A person's own 3C path this month, as steps taken or not: consume (read a colleague's block), contribute (reacted or
 * replied), create (wrote a block or a thought, or asked a community). Steps, never a score: shown to the person only.
 */
public record ThreeCPath(boolean read, boolean contributed, boolean created) {

    /** What the person did this month, as the features record it. */
    public record Month(boolean read, boolean reacted, boolean replied, boolean wroteBlock, boolean wroteThought, boolean asked) {
    }

    public static ThreeCPath of(Month month) {
        return new ThreeCPath(month.read(), month.reacted() || month.replied(), month.wroteBlock() || month.wroteThought() || month.asked());
    }

    /** How many of the three steps were taken (0 to 3), for the sentence that sums them up. */
    public int taken() {
        return (read ? 1 : 0) + (contributed ? 1 : 0) + (created ? 1 : 0);
    }
}
