package io.outloud.community;

import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Pages the current person may view (any other id is "not viewable"), counting the lookups. */
final class FakeCommunityPages implements PageAccess {
    private final Map<Long, PageRef> viewable = new HashMap<>();
    private int lookups;

    /** A page the person may view, in space DEV, titled "Page n". */
    FakeCommunityPages show(long pageId) {
        viewable.put(pageId, new PageRef(pageId, "DEV", "Page " + pageId, ""));
        return this;
    }

    /** The person may no longer view the page (or it went). */
    FakeCommunityPages hide(long pageId) {
        viewable.remove(pageId);
        return this;
    }

    int lookups() {
        return lookups;
    }

    @Override
    public Optional<PageRef> viewablePage(long pageId) {
        lookups++;
        return Optional.ofNullable(viewable.get(pageId));
    }
}
