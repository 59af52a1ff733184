package io.outloud.host;

import com.atlassian.core.task.MultiQueueTaskManager;
import io.outloud.notify.Notice;

/**
 * Notices by mail through Confluence's mail queue (queue "mail", run by Confluence's job, which sends through the
 * site's SMTP server): a {@link MailTask} of our own that sends an HTML mail to the address on the recipient's profile;
 * a person without an address is skipped.
 */
public class MailChannel implements NoticeChannel {
    static final String MAIL_QUEUE = "mail";

    private final MultiQueueTaskManager taskManager;

    public MailChannel(MultiQueueTaskManager taskManager) {
        this.taskManager = taskManager;
    }

    @Override
    public boolean leavesTheApp() {
        return true;
    }

    @Override
    public void deliver(Notice notice, NoticeMessages.Message message) {
        String address = message.recipient().getEmail();
        if (address != null && !address.isBlank()) {
            taskManager.addTask(MAIL_QUEUE, new MailTask(address, message.subject(), message.mailHtml()));
        }
    }
}
