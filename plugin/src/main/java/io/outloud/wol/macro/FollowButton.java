package io.outloud.wol.macro;

/**
 * A follow button on a card: what it follows (person with a username, community key, label) and its name ("Follow
 * Farid El Amrani"). Its state comes from the reader's own follows, in the page's script.
 */
record FollowButton(String kind, String target, String label) {
}
