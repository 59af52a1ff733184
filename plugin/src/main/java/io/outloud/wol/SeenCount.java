package io.outloud.wol;

/** How many different people saw a block, and in how many different (known) departments they work. */
public record SeenCount(int viewers, int departments) {
    public static final SeenCount NONE = new SeenCount(0, 0);
}
