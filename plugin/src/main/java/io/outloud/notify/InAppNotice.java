package io.outloud.notify;

import java.time.Instant;

/**
 * One entry of a person's own notification list, as they read it: the newest notice of its group (notices about one
 * block, thought or community collapse into one entry), how many notices the group holds, and whether it is unread.
 * The title is in the recipient's language (composed when the notice was sent); the text is what someone wrote (a
 * reply, an offer's message; may be empty); the path is a site path to what it is about.
 */
public record InAppNotice(long id, String kind, String title, String text, String path, Instant at, boolean unread, int count) {
}
