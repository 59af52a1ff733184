package io.outloud.content;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one check every use case of a macro occurrence (a block, a thought) starts with: the macro is on a page the current person may view. A macro
 * not on the page, a page that does not exist and a page the person may not view are all "not found" alike, so
 * nobody learns that a page they cannot see exists.
 */
public class MacroAccess {
    private static final Pattern MACRO_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final PageAccess pages;

    public MacroAccess(PageAccess pages) {
        this.pages = Objects.requireNonNull(pages);
    }

    public PageRef requireViewable(long pageId, String macroId) {
        return requireViewable(pageId, java.util.Collections.singletonList(macroId)); // a null id is "not found" too
    }

    /** As for one macro, with one look at the page for all of them: any one missing makes the whole "not found". */
    public PageRef requireViewable(long pageId, Collection<String> macroIds) {
        if (macroIds.stream().anyMatch(macroId -> macroId == null || !MACRO_ID.matcher(macroId).matches())) {
            throw OutloudException.notFound();
        }
        PageRef page = pages.viewablePage(pageId).orElseThrow(OutloudException::notFound);
        if (!macroIds.stream().allMatch(page::containsMacro)) {
            throw OutloudException.notFound();
        }
        return page;
    }

    /**
     * {@link #requireViewable}, for a change (a reaction, a reply, feedback, an offer): refused with 409 while the macro
     * is switched off in the page's space. What it holds stays, and reading it stays possible.
     */
    public PageRef requireOpen(long pageId, String macroId, String macroName) {
        PageRef page = requireViewable(pageId, macroId);
        if (!pages.macros().isOn(macroName, page.spaceKey())) {
            throw new OutloudException(Failure.CONFLICT, "outloud.space.error.macro-off");
        }
        return page;
    }
}
