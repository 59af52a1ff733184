package io.outloud.notify;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Persistence port of the app's own notification list: one row per notice, append-only (so counts stay exact under
 * concurrent writers); the newest row of a group stands for the group.
 */
public interface NoticeListStore {

    /** A notice for one recipient, composed in their language. */
    record NewNotice(String recipientKey, String groupKey, String kind, long pageId, String title, String text, String path, Instant at) {
    }

    /** A stored notice: the newest of its group when listed. */
    record Row(long id, String groupKey, String kind, long pageId, String title, String text, String path, Instant at, boolean unread) {
    }

    /** Adds the notice as the newest (and unread) of its group. */
    void add(NewNotice notice);

    /** The newest notice of each of the recipient's groups whose newest has an id below {@code beforeId}, newest first. */
    List<Row> latest(String recipientKey, long beforeId, int limit);

    /** The newest notices of the recipient's unread groups, newest first, at most {@code limit}. */
    List<Row> unreadLatest(String recipientKey, int limit);

    /** How many notices each of these groups of the recipient holds, in one query. */
    Map<String, Integer> sizes(String recipientKey, Collection<String> groupKeys);

    /** Marks the group of the recipient's entry {@code id} read; false when the recipient has no such entry. */
    boolean markRead(String recipientKey, long id);

    /** Marks every group of the recipient read. */
    void markAllRead(String recipientKey);
}
