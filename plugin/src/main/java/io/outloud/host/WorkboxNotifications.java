package io.outloud.host;

import com.atlassian.mywork.model.Notification;
import com.atlassian.mywork.model.NotificationBuilder;
import com.atlassian.mywork.service.LocalNotificationService;
import io.outloud.notify.Notice;

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
                .description(message.bodyHtml())
                .url(message.link())
                .itemTitle(message.pageTitle())
                .groupingId(APPLICATION + ":" + notice.pageId() + ":" + notice.macroId())
                .globalId(APPLICATION + ":" + notice.kind().code() + ":" + notice.pageId() + ":" + notice.macroId() + ":"
                        + notice.actorKey() + ":" + System.nanoTime())
                .createNotification();
        ((LocalNotificationService) service).createOrUpdate(message.recipient().getUsername(), notification);
    }
}
