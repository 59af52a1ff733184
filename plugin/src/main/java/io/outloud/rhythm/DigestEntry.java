package io.outloud.rhythm;

/**
 * One line of a digest: who it is about (a name, may be empty), what it is about (a page's title, a community's name),
 * what someone wrote (an ask's text; may be empty), where it is (a site path) and a count (pieces of feedback; else 0).
 */
public record DigestEntry(String who, String title, String text, String path, long count) {
}
