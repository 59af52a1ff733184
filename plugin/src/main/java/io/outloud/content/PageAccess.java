package io.outloud.content;

import java.util.Optional;

/** Port: pages and the current person's permissions on them. */
public interface PageAccess {

    /** The page if it exists and the current person may view it; empty otherwise, so callers cannot tell which. */
    Optional<PageRef> viewablePage(long pageId);

    /**
     * The page if it exists and this person (not the current one: someone a notice is for) may view it; empty
     * otherwise. A default (nobody may), so that adapters that only know the current person need not implement it.
     */
    default Optional<PageRef> viewablePageFor(String userKey, long pageId) {
        return Optional.empty();
    }

    /** Whether the current person may edit the page (false when it does not exist or they may not view it). */
    default boolean mayEdit(long pageId) {
        return false;
    }

    /** Which of the app's macros are on in which space (all of them, where the host has no switches). */
    default MacroSwitch macros() {
        return MacroSwitch.ALL_ON;
    }
}
