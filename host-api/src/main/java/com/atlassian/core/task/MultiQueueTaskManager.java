package com.atlassian.core.task;

/**
 * atlassian-core: Confluence's named task queues; the queue "mail" is its outgoing mail, flushed by Confluence's
 * job, which calls each task's {@link Task#execute()}. Other members (getTaskQueue, addTaskQueue, removeTaskQueue,
 * setTaskQueues, flush) omitted.
 */
public interface MultiQueueTaskManager {
    void addTask(String queueName, Task task);
}
