package io.outloud.preview.host;

import com.atlassian.mywork.model.Notification;
import com.atlassian.mywork.service.LocalNotificationService;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * Confluence's in-app notification list (MyWork's workbox behind the bell) as far as apps use it: a notification
 * added for a username lands in that person's list (table PV_WORKBOX), newest first; the outbox page shows it beside
 * the mail. An unknown username is refused, as MyWork stores nothing for nobody.
 */
public final class PreviewWorkbox implements LocalNotificationService {
    private final Jdbc jdbc;
    private final UserDirectory users;

    public PreviewWorkbox(Jdbc jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** One entry of a person's list. */
    public record Entry(long id, String title, String descriptionHtml, String url, String action, String groupingId, Instant createdAt) {
    }

    @Override
    public Future<Notification> createOrUpdate(String username, Notification notification) {
        PreviewUser user = users.byUsername(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        jdbc.insert("INSERT INTO PV_WORKBOX (USER_KEY, TITLE, DESCRIPTION, URL, ACTION, GROUPING_ID, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
                user.getKey().getStringValue(), notification.getTitle(), notification.getDescription(), notification.getUrl(),
                notification.getAction(), notification.getGroupingId(), Timestamp.from(Instant.now()));
        return CompletableFuture.completedFuture(notification);
    }

    public List<Entry> list(String userKey, int limit) {
        return jdbc.query("SELECT ID, TITLE, DESCRIPTION, URL, ACTION, GROUPING_ID, CREATED_AT FROM PV_WORKBOX WHERE USER_KEY = ? ORDER BY ID DESC LIMIT "
                        + Math.max(1, Math.min(limit, 200)),
                row -> new Entry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                        row.getTimestamp(7).toInstant()), userKey);
    }
}
