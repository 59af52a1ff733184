package io.outloud.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link NoticeListStore} in memory, answering as the Active Objects store does (AoNoticeListStoreTest holds both to it). */
public class InMemoryNoticeListStore implements NoticeListStore {
    private final List<Stored> rows = new ArrayList<>();
    private long nextId = 1;

    private static final class Stored {
        final long id;
        final NewNotice notice;
        boolean latest = true;
        boolean unread = true;

        Stored(long id, NewNotice notice) {
            this.id = id;
            this.notice = notice;
        }

        Row row() {
            return new Row(id, notice.groupKey(), notice.kind(), notice.pageId(), notice.title(), notice.text(), notice.path(), notice.at(), unread);
        }
    }

    @Override
    public synchronized void add(NewNotice notice) {
        rows.stream().filter(row -> row.notice.recipientKey().equals(notice.recipientKey()) && row.notice.groupKey().equals(notice.groupKey()))
                .forEach(row -> row.latest = false);
        rows.add(new Stored(nextId++, notice));
    }

    @Override
    public synchronized List<Row> latest(String recipientKey, long beforeId, int limit) {
        return rows.stream().filter(row -> row.notice.recipientKey().equals(recipientKey) && row.latest && row.id < beforeId)
                .sorted(Comparator.comparingLong((Stored row) -> row.id).reversed()).limit(limit).map(Stored::row).toList();
    }

    @Override
    public synchronized List<Row> unreadLatest(String recipientKey, int limit) {
        return rows.stream().filter(row -> row.notice.recipientKey().equals(recipientKey) && row.latest && row.unread)
                .sorted(Comparator.comparingLong((Stored row) -> row.id).reversed()).limit(limit).map(Stored::row).toList();
    }

    @Override
    public synchronized Map<String, Integer> sizes(String recipientKey, Collection<String> groupKeys) {
        Map<String, Integer> sizes = new HashMap<>();
        rows.stream().filter(row -> row.notice.recipientKey().equals(recipientKey) && groupKeys.contains(row.notice.groupKey()))
                .forEach(row -> sizes.merge(row.notice.groupKey(), 1, Integer::sum));
        return sizes;
    }

    @Override
    public synchronized boolean markRead(String recipientKey, long id) {
        Stored entry = rows.stream().filter(row -> row.id == id && row.notice.recipientKey().equals(recipientKey)).findFirst().orElse(null);
        if (entry == null) {
            return false;
        }
        rows.stream().filter(row -> row.notice.recipientKey().equals(recipientKey) && row.notice.groupKey().equals(entry.notice.groupKey()))
                .forEach(row -> row.unread = false);
        return true;
    }

    @Override
    public synchronized void markAllRead(String recipientKey) {
        rows.stream().filter(row -> row.notice.recipientKey().equals(recipientKey)).forEach(row -> row.unread = false);
    }
}
