package io.outloud.notify.ao;

import io.outloud.common.ao.SqlIn;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.notify.NoticeListStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link NoticeListStore} on Active Objects: one row per notice. Adding one moves its group's LATEST mark onto it in
 * one transaction; listing reads the LATEST rows by the indexed recipient, newest first (keyset on ID); counts read
 * the group column only.
 */
public class AoNoticeListStore implements NoticeListStore {
    private final ActiveObjects ao;

    public AoNoticeListStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    /**
     * Appends the notice and moves its group's LATEST mark onto it. A concurrent notice for the same group may make the
     * database refuse one transaction (a write conflict on the previous newest row): it is tried again, so no notice is
     * lost; at worst two rows of a group stay marked newest and the group shows twice.
     */
    @Override
    public void add(NewNotice notice) {
        for (int attempt = 1; ; attempt++) {
            try {
                append(notice);
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void append(NewNotice notice) {
        ao.executeInTransaction(() -> {
            for (AoNotice previous : ao.find(AoNotice.class, Query.select().where(AoNotice.RECIPIENT_KEY + " = ? AND "
                    + AoNotice.GROUP_KEY + " = ? AND " + AoNotice.LATEST + " = ?", notice.recipientKey(), notice.groupKey(), true))) {
                previous.setLatest(false);
                previous.save();
            }
            ao.create(AoNotice.class,
                    new DBParam(AoNotice.RECIPIENT_KEY, notice.recipientKey()),
                    new DBParam(AoNotice.GROUP_KEY, notice.groupKey()),
                    new DBParam(AoNotice.KIND, notice.kind()),
                    new DBParam(AoNotice.PAGE_ID, notice.pageId()),
                    new DBParam(AoNotice.TITLE, notice.title()),
                    new DBParam(AoNotice.NOTICE_TEXT, notice.text()),
                    new DBParam(AoNotice.LINK_PATH, notice.path()),
                    new DBParam(AoNotice.CREATED_AT, notice.at().toEpochMilli()),
                    new DBParam(AoNotice.LATEST, true),
                    new DBParam(AoNotice.UNREAD, true));
            return null;
        });
    }

    @Override
    public List<Row> latest(String recipientKey, long beforeId, int limit) {
        return rows(Query.select()
                .where(AoNotice.RECIPIENT_KEY + " = ? AND " + AoNotice.LATEST + " = ? AND ID < ?", recipientKey, true, beforeId)
                .order("ID DESC").limit(limit));
    }

    @Override
    public List<Row> unreadLatest(String recipientKey, int limit) {
        return rows(Query.select()
                .where(AoNotice.RECIPIENT_KEY + " = ? AND " + AoNotice.LATEST + " = ? AND " + AoNotice.UNREAD + " = ?", recipientKey, true, true)
                .order("ID DESC").limit(limit));
    }

    @Override
    public Map<String, Integer> sizes(String recipientKey, Collection<String> groupKeys) {
        Map<String, Integer> sizes = new HashMap<>();
        if (groupKeys.isEmpty()) {
            return sizes;
        }
        Object[] parameters = new Object[groupKeys.size() + 1];
        parameters[0] = recipientKey;
        int i = 1;
        for (String groupKey : groupKeys) {
            parameters[i++] = groupKey;
        }
        for (AoNotice row : ao.find(AoNotice.class, Query.select("ID, " + AoNotice.GROUP_KEY)
                .where(AoNotice.RECIPIENT_KEY + " = ? AND " + SqlIn.in(AoNotice.GROUP_KEY, groupKeys.size()), parameters))) {
            sizes.merge(row.getGroupKey(), 1, Integer::sum);
        }
        return sizes;
    }

    @Override
    public boolean markRead(String recipientKey, long id) {
        AoNotice[] entry = ao.find(AoNotice.class, Query.select()
                .where("ID = ? AND " + AoNotice.RECIPIENT_KEY + " = ?", id, recipientKey));
        if (entry.length == 0) {
            return false;
        }
        markRead(Query.select().where(AoNotice.RECIPIENT_KEY + " = ? AND " + AoNotice.GROUP_KEY + " = ? AND " + AoNotice.UNREAD + " = ?",
                recipientKey, entry[0].getGroupKey(), true));
        return true;
    }

    @Override
    public void markAllRead(String recipientKey) {
        markRead(Query.select().where(AoNotice.RECIPIENT_KEY + " = ? AND " + AoNotice.UNREAD + " = ?", recipientKey, true));
    }

    private void markRead(Query unread) {
        ao.executeInTransaction(() -> {
            for (AoNotice row : ao.find(AoNotice.class, unread)) {
                row.setUnread(false);
                row.save();
            }
            return null;
        });
    }

    private List<Row> rows(Query query) {
        return Arrays.stream(ao.find(AoNotice.class, query)).map(row -> new Row(row.getID(), row.getGroupKey(), row.getKind(), row.getPageId(),
                nonNull(row.getTitle()), nonNull(row.getNoticeText()), nonNull(row.getLinkPath()), Instant.ofEpochMilli(row.getCreatedAt()),
                row.isUnread())).toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
