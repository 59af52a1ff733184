package com.atlassian.mail.queue;

import com.atlassian.core.task.Task;

/**
 * atlassian-mail: an item of the mail queue. The real interface also extends {@code Comparable<MailQueueItem>} and
 * declares send, getSubject, getDateQueued, getSendCount and hasError; the app calls none of them (omitted).
 */
public interface MailQueueItem extends Task {
}
