package com.atlassian.core.task;

/** atlassian-core: a unit of work a task queue runs (a queued mail is one). */
public interface Task {
    void execute() throws Exception;
}
