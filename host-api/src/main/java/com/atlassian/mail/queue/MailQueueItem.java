package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;

import java.util.Date;

/**
 * atlassian-mail: an item of a mail queue, which knows how to send itself. Since Confluence 7 it is <em>not</em> a
 * {@code com.atlassian.core.task.Task} (atlassian-mail 2.x declared {@code extends Task, Comparable}; Confluence
 * 7.19, 8.5, 9.0, 9.5 and 10.0 list {@code ConfluenceMailQueueItem} as implementing only {@code MailQueueItem} and
 * {@code Comparable}), so handing one to a task queue fails when the queue calls {@code execute()}.
 */
public interface MailQueueItem extends Comparable<MailQueueItem> {
    void send() throws MailException;

    String getSubject();

    Date getDateQueued();

    int getSendCount();

    boolean hasError();
}
