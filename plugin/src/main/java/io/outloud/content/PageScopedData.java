package io.outloud.content;

/** Data the app keeps per page beside its blocks (reactions, replies, views): removed when the page is purged. */
public interface PageScopedData {
    /** Removes everything of this kind on the blocks of a page; returns how many rows went. */
    int deleteByPage(long pageId);
}
