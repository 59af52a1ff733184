package io.outloud.insight;

import java.util.Objects;

/** One recorded act between two people, as a source reports it for a day; community is "" outside a community. */
public record FlowEvent(FlowKind kind, String fromKey, String toKey, String community) {
    public FlowEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fromKey, "fromKey");
        Objects.requireNonNull(toKey, "toKey");
        community = community == null ? "" : community;
    }
}
