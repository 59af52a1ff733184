package io.outloud.wol;

import java.util.List;

/**
 * One keyset batch of a stream: the blocks that matched, and how far the store looked. A store may look at more
 * rows than match (a label's rows name blocks that other filters then drop), so the next batch starts after
 * {@code scannedTo}, not after the last block, and fewer than asked {@code scanned} means nothing is left.
 *
 * @param scanned   how many candidate rows the store looked at, at most the batch size asked for
 * @param scannedTo the keyset position of the last row looked at; null when it looked at none
 */
public record StreamBatch(List<Block> blocks, int scanned, StreamCursor scannedTo) {
    public StreamBatch {
        blocks = List.copyOf(blocks);
    }

    /** A batch where every row looked at matched. */
    public static StreamBatch of(List<Block> blocks) {
        return new StreamBatch(blocks, blocks.size(), blocks.isEmpty() ? null : StreamCursor.of(blocks.get(blocks.size() - 1)));
    }
}
