package io.outloud.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.MultiQueueTaskManager;
import io.outloud.notify.Notice;

/**
 * Notices by mail through Confluence's mail queue (queue "mail", sent by Confluence's job through the site's SMTP
 * server): an HTML mail to the address on the recipient's profile; a person without an address is skipped.
 */
public class MailChannel implements NoticeChannel {
    static final String MAIL_QUEUE = "mail";

    private final MultiQueueTaskManager taskManager;

    public MailChannel(MultiQueueTaskManager taskManager) {
        this.taskManager = taskManager;
    }

    @Override
    public void deliver(Notice notice, NoticeMessages.Message message) {
        String address = message.recipient().getEmail();
        if (address != null && !address.isBlank()) {
            taskManager.addTask(MAIL_QUEUE, new ConfluenceMailQueueItem(address, message.subject(), message.mailHtml(),
                    ConfluenceMailQueueItem.MIME_TYPE_HTML));
        }
    }
}
