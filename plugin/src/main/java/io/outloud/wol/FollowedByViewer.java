package io.outloud.wol;

/**
 * Port: what the reader of a stream follows, read in one statement per stream page (the following feature implements
 * it). Nothing for an anonymous reader.
 */
public interface FollowedByViewer {
    Followed followed();
}
