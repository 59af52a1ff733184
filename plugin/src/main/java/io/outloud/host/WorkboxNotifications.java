package io.outloud.host;

import com.atlassian.mywork.model.Notification;
import com.atlassian.mywork.model.NotificationBuilder;
import com.atlassian.mywork.service.LocalNotificationService;
import io.outloud.notify.Notice;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The only class that names MyWork's types: loaded only once the host's notification service was found, so a
 * Confluence without MyWork never resolves them. Notices about one block are grouped in the list.
 */
final class WorkboxNotifications {
    static final String APPLICATION = "io.outloud.confluence";
    static final String ENTITY = "working-out-loud";

    private WorkboxNotifications() {
    }

    static void send(Object service, Notice notice, NoticeMessages.Message message) {
        Notification notification = new NotificationBuilder()
                .application(APPLICATION)
                .entity(ENTITY)
                .action(notice.kind().code())
                .title(message.subject())
                .description(message.summaryHtml())
                .url(message.link())
                .itemTitle(message.pageTitle())
                .groupingId(APPLICATION + ":" + notice.pageId() + ":" + notice.macroId())
                .globalId(APPLICATION + ":" + notice.kind().code() + ":" + UUID.randomUUID())
                .createNotification();
        Future<Notification> added = ((LocalNotificationService) service).createOrUpdate(message.recipient().getUsername(), notification);
        if (added.isDone()) {
            try {
                added.get(); // MyWork answers at once; a failure it reports is the caller's to log
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("MyWork refused the notification", e.getCause());
            }
        }
    }
}
