package io.outloud.wol;

import java.util.List;
import java.util.Objects;

/**
 * What a block is tagged with in its page: a community key ("" for none) and label keys. Stored with the block so
 * that streams can filter by them in the query.
 */
public record BlockTags(String community, List<String> labels) {
    public static final BlockTags NONE = new BlockTags("", List.of());

    public BlockTags {
        community = community == null ? "" : community;
        labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
    }
}
