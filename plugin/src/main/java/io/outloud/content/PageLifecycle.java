package io.outloud.content;

import java.util.function.LongPredicate;

/**
 * What a feature that keeps data per macro occurrence does when a page changes: a save records new occurrences
 * (with the person who saved as their author), trash and restore take them out of listings and back, a purge
 * deletes their data, a removed space takes the data of its pages with it. The page listener tells every feature,
 * in the order they are given to it.
 */
public interface PageLifecycle {

    void pageSaved(long pageId, String spaceKey, String editorKey, String storage);

    default void pageTrashed(long pageId) {
    }

    default void pageRestored(long pageId) {
    }

    default void pagePurged(long pageId) {
    }

    /** A space was removed with its pages; {@code pageStillExists} tells a page that moved away (it keeps its data). */
    default void spaceRemoved(String spaceKey, LongPredicate pageStillExists) {
    }
}
