package com.atlassian.confluence.mail.template;

import com.atlassian.core.task.Task;
import com.atlassian.mail.MailException;
import com.atlassian.mail.queue.MailQueueItem;

import java.util.Date;
import java.util.function.Consumer;

/**
 * Confluence: a mail that sends itself through the site's SMTP server. As in Confluence 8.x-10.x it implements
 * {@link MailQueueItem} (and so {@code Comparable}) and is <em>not</em> a {@link Task}: an app queues a Task of its
 * own whose {@code execute()} calls {@link #send()}. Declared: the 4- and 5-argument constructors (the 6-argument one
 * takes {@code javax.activation.DataSource} on 9.x and {@code jakarta.activation.DataSource} on 10.x, so it is left
 * out), the MIME type constants, and the members of MailQueueItem plus getBody. The stand-in keeps what it was given.
 */
public class ConfluenceMailQueueItem implements MailQueueItem {
    public static final String MIME_TYPE_HTML = "text/html";
    public static final String MIME_TYPE_TEXT = "text/plain";

    /** The preview's stand-in for the SMTP server Confluence's item finds by itself (per thread: the queue's runner). */
    private static final ThreadLocal<Consumer<ConfluenceMailQueueItem>> SERVER = new ThreadLocal<>();

    private final String toAddress;
    private final String ccAddress;
    private final String subject;
    private final String body;
    private final String mimeType;
    private final Date dateQueued = new Date();
    private int sendCount;

    public ConfluenceMailQueueItem(String toAddress, String subject, String body, String mimeType) {
        this(toAddress, null, subject, body, mimeType);
    }

    public ConfluenceMailQueueItem(String toAddress, String ccAddress, String subject, String body, String mimeType) {
        this.toAddress = toAddress;
        this.ccAddress = ccAddress;
        this.subject = subject;
        this.body = body;
        this.mimeType = mimeType;
    }

    /** Deprecated in Confluence 8.x-10.x, and still the way an item is sent (a queue's task calls it). */
    @Deprecated
    @Override
    public void send() throws MailException {
        Consumer<ConfluenceMailQueueItem> server = SERVER.get();
        sendCount++;
        if (server == null) {
            throw new MailException("No mail server to send \"" + subject + "\" to " + toAddress + (ccAddress == null ? "" : ", " + ccAddress)
                    + " as " + mimeType);
        }
        server.accept(this);
    }

    @Override
    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    @Override
    public Date getDateQueued() {
        return new Date(dateQueued.getTime());
    }

    @Override
    public int getSendCount() {
        return sendCount;
    }

    @Override
    public boolean hasError() {
        return false;
    }

    @Override
    public int compareTo(MailQueueItem other) {
        int bySends = Integer.compare(sendCount, other.getSendCount());
        return bySends != 0 ? bySends : dateQueued.compareTo(other.getDateQueued());
    }

    /**
     * Preview-only (not in Confluence): runs a task with {@code server} as the mail server that {@link #send()} hands
     * its item to, as Confluence's mail job runs queued tasks with the site's SMTP server. Plugin code must never call it.
     */
    public static void runWithMailServer(Consumer<ConfluenceMailQueueItem> server, Task task) throws Exception {
        Consumer<ConfluenceMailQueueItem> before = SERVER.get();
        SERVER.set(server);
        try {
            task.execute();
        } finally {
            if (before == null) {
                SERVER.remove();
            } else {
                SERVER.set(before);
            }
        }
    }
}
