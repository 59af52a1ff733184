package com.atlassian.confluence.mail.template;

import com.atlassian.mail.queue.MailQueueItem;

/**
 * Confluence: a mail for its mail queue, sent by the queue's job through the site's SMTP server. Only the members
 * the app calls, plus the two getters the preview's queue reads; the stub keeps what it was given.
 */
public class ConfluenceMailQueueItem implements MailQueueItem {
    public static final String MIME_TYPE_HTML = "text/html";

    private final String toAddress;
    private final String subject;
    private final String body;
    private final String mimeType;

    public ConfluenceMailQueueItem(String toAddress, String subject, String body, String mimeType) {
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
        this.mimeType = mimeType;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    @Override
    public void execute() throws Exception {
        throw new UnsupportedOperationException("sent by the host's mail queue, to " + toAddress + " as " + mimeType);
    }
}
