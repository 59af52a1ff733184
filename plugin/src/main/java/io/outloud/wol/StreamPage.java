package io.outloud.wol;

import java.util.List;

/** A page of a stream: its items and, when there may be more, the cursor of the next page (null otherwise). No totals. */
public record StreamPage(List<StreamItem> items, StreamCursor next) {
    public StreamPage {
        items = List.copyOf(items);
    }

    public boolean more() {
        return next != null;
    }
}
