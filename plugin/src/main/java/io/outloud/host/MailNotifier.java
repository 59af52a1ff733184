package io.outloud.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.MultiQueueTaskManager;
import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link Notifier} through Confluence's mail queue (queue "mail", sent by Confluence's job through the site's SMTP
 * server): an HTML mail to the address on the recipient's profile, as {@link NoticeMessages} composes it. A person
 * without an address is skipped. A failure is logged, never thrown: the write it follows has already committed.
 */
public class MailNotifier implements Notifier {
    static final String MAIL_QUEUE = "mail";
    private static final Logger LOG = Logger.getLogger(MailNotifier.class.getName());

    private final MultiQueueTaskManager taskManager;
    private final NoticeMessages messages;

    public MailNotifier(MultiQueueTaskManager taskManager, NoticeMessages messages) {
        this.taskManager = taskManager;
        this.messages = messages;
    }

    @Override
    public void notify(Notice notice) {
        try {
            messages.compose(notice).ifPresent(message -> {
                String address = message.recipient().getEmail();
                if (address != null && !address.isBlank()) {
                    taskManager.addTask(MAIL_QUEUE, new ConfluenceMailQueueItem(address, message.subject(), message.bodyHtml(),
                            ConfluenceMailQueueItem.MIME_TYPE_HTML));
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Out Loud could not queue a " + notice.kind().code() + " notification", e);
        }
    }
}
