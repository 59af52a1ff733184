package com.atlassian.core.task;

/**
 * atlassian-core: a unit of work a task queue runs. Confluence's own mail items are not Tasks (since Confluence 7):
 * an app queues a Task of its own that sends its mail item.
 */
public interface Task {
    void execute() throws Exception;
}
