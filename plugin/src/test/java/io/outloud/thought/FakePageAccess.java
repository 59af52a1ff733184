package io.outloud.thought;

import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Pages the current person may view (any other id is "not viewable"), and those they may also edit. */
final class FakePageAccess implements PageAccess {
    private final Map<Long, PageRef> viewable = new HashMap<>();
    private final Set<Long> editable = new HashSet<>();
    private int lookups;
    private io.outloud.content.MacroSwitch macros = io.outloud.content.MacroSwitch.ALL_ON;

    /** A viewable page in space DEV, called "Page n", with this storage-format body. */
    FakePageAccess withPage(long pageId, String body) {
        viewable.put(pageId, new PageRef(pageId, "DEV", "Page " + pageId, body));
        return this;
    }

    FakePageAccess editable(long pageId, boolean mayEdit) {
        if (mayEdit) {
            editable.add(pageId);
        } else {
            editable.remove(pageId);
        }
        return this;
    }

    /** The person may no longer view the page (or it went). */
    FakePageAccess hide(long pageId) {
        viewable.remove(pageId);
        editable.remove(pageId);
        return this;
    }

    /** The space admins' switches these pages' macros follow. */
    FakePageAccess withMacros(io.outloud.content.MacroSwitch macros) {
        this.macros = macros;
        return this;
    }

    @Override
    public io.outloud.content.MacroSwitch macros() {
        return macros;
    }

    int lookups() {
        return lookups;
    }

    @Override
    public Optional<PageRef> viewablePage(long pageId) {
        lookups++;
        return Optional.ofNullable(viewable.get(pageId));
    }

    @Override
    public boolean mayEdit(long pageId) {
        return viewable.containsKey(pageId) && editable.contains(pageId);
    }
}
