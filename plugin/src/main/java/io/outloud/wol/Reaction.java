package io.outloud.wol;

/** One person's reaction of one kind on one block. */
public record Reaction(String macroId, String userKey, ReactionKind kind) {
}
