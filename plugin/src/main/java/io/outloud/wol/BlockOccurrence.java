package io.outloud.wol;

/** A working-out-loud macro as it stands in a page's storage format: its macro id and status. */
public record BlockOccurrence(String macroId, BlockStatus status) {
}
