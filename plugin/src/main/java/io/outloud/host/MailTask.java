package io.outloud.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.Task;

/**
 * One mail as a task of Confluence's "mail" queue: the queue's job calls {@link #execute()}, which builds Confluence's
 * mail item and sends it through the site's SMTP server. Confluence's own {@code ConfluenceMailQueueItem} is not a
 * {@code Task} (since Confluence 7; 9.x and 10.x javadoc), so it is never queued itself: that fails inside the queue
 * with an {@code IncompatibleClassChangeError} and the mail is lost. A failure to send is thrown for the queue to
 * record, as Confluence's queue does with its own items.
 */
final class MailTask implements Task {
    private final String toAddress;
    private final String subject;
    private final String html;

    MailTask(String toAddress, String subject, String html) {
        this.toAddress = toAddress;
        this.subject = subject;
        this.html = html;
    }

    @Override
    @SuppressWarnings("deprecation") // send() is deprecated on 9.x and 10.x and still what Confluence's queue calls on its items
    public void execute() throws Exception {
        item().send();
    }

    /** The mail as Confluence builds it: HTML, to the recipient's profile address. */
    ConfluenceMailQueueItem item() {
        return new ConfluenceMailQueueItem(toAddress, subject, html, ConfluenceMailQueueItem.MIME_TYPE_HTML);
    }

    @Override
    public String toString() {
        return "Out Loud mail \"" + subject + "\"";
    }
}
