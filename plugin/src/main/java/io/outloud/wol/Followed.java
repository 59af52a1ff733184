package io.outloud.wol;

import java.util.Set;

/**
 * What one reader follows, as the stream filters by it: authors (user keys), communities and labels (keys). A block
 * matches when any of the three says so.
 */
public record Followed(Set<String> authorKeys, Set<String> communities, Set<String> labels) {
    public static final Followed NOTHING = new Followed(Set.of(), Set.of(), Set.of());

    public Followed {
        authorKeys = Set.copyOf(authorKeys);
        communities = Set.copyOf(communities);
        labels = Set.copyOf(labels);
    }

    public boolean isEmpty() {
        return authorKeys.isEmpty() && communities.isEmpty() && labels.isEmpty();
    }
}
