package io.outloud.wol;

import java.util.List;
import java.util.Objects;

/**
 * A working-out-loud macro as it stands in a page's storage format: its macro id and status, and the community
 * and labels it is tagged with (keys only; streams filter by them).
 */
public record BlockOccurrence(String macroId, BlockStatus status, String community, List<String> labels) {

    public BlockOccurrence {
        community = community == null ? "" : community;
        labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
    }

    /** An occurrence without community or labels. */
    public BlockOccurrence(String macroId, BlockStatus status) {
        this(macroId, status, "", List.of());
    }

    public BlockTags tags() {
        return new BlockTags(community, labels);
    }
}
