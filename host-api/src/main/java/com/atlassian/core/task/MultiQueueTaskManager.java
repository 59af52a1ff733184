package com.atlassian.core.task;

/** atlassian-core: Confluence's named task queues; the queue "mail" is its outgoing mail. Other members omitted. */
public interface MultiQueueTaskManager {
    void addTask(String queueName, Task task);
}
