package io.outloud.wol;

import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Pages the current person may view; any other id is "not viewable". */
final class FakePageAccess implements PageAccess {
    private final Map<Long, PageRef> viewable = new HashMap<>();
    private int lookups;
    private io.outloud.content.MacroSwitch macros = io.outloud.content.MacroSwitch.ALL_ON;

    /** A viewable page whose body holds one block per macro id. */
    FakePageAccess withPage(long pageId, String... macroIds) {
        StringBuilder body = new StringBuilder("<p>Intro</p>");
        for (String macroId : macroIds) {
            body.append("<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"")
                    .append(macroId).append("\"><ac:rich-text-body><p>Notes</p></ac:rich-text-body></ac:structured-macro>");
        }
        viewable.put(pageId, new PageRef(pageId, "DEV", "Page " + pageId, body.toString()));
        return this;
    }

    FakePageAccess withPage(PageRef page) {
        viewable.put(page.id(), page);
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
}
