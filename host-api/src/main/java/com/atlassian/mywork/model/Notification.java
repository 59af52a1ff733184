package com.atlassian.mywork.model;

/**
 * MyWork: one entry in a person's notification list. The real class has a 20-argument constructor; apps make one with
 * {@link NotificationBuilder}, so this stand-in keeps its constructor package-private and declares only the getters
 * the preview's list reads.
 */
public class Notification {
    private final String user;
    private final String title;
    private final String description;
    private final String url;
    private final String application;
    private final String entity;
    private final String action;
    private final String groupingId;
    private final String globalId;
    private final String itemTitle;

    Notification(NotificationBuilder b) {
        this.user = b.user;
        this.title = b.title;
        this.description = b.description;
        this.url = b.url;
        this.application = b.application;
        this.entity = b.entity;
        this.action = b.action;
        this.groupingId = b.groupingId;
        this.globalId = b.globalId;
        this.itemTitle = b.itemTitle;
    }

    public String getUser() {
        return user;
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

    public String getEntity() {
        return entity;
    }

    public String getAction() {
        return action;
    }

    public String getGroupingId() {
        return groupingId;
    }

    public String getGlobalId() {
        return globalId;
    }
}
