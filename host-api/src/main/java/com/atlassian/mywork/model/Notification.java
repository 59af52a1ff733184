package com.atlassian.mywork.model;

/**
 * MyWork: one entry in a person's notification list. The real class has a 20-argument constructor; apps make one with
 * {@link NotificationBuilder}, so this stand-in keeps its constructor package-private and declares only the getters
 * the preview's list and the tests read.
 */
public class Notification {
    private final String title;
    private final String description;
    private final String url;
    private final String application;
    private final String action;
    private final String groupingId;

    Notification(NotificationBuilder b) {
        this.title = b.title;
        this.description = b.description;
        this.url = b.url;
        this.application = b.application;
        this.action = b.action;
        this.groupingId = b.groupingId;
    }

    public String getTitle() {
        return title;
    }

    /** HTML. */
    public String getDescription() {
        return description;
    }

    public String getUrl() {
        return url;
    }

    public String getApplication() {
        return application;
    }

    public String getAction() {
        return action;
    }

    public String getGroupingId() {
        return groupingId;
    }
}
