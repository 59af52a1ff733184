package com.atlassian.mywork.model;

/** MyWork: builds a {@link Notification}. Only the setters the app calls are declared; each returns the builder. */
public class NotificationBuilder {
    String title;
    String description;
    String url;
    String application;
    String entity;
    String action;
    String groupingId;
    String globalId;
    String itemTitle;

    public NotificationBuilder() {
    }

    public NotificationBuilder title(String title) {
        this.title = title;
        return this;
    }

    /** HTML; MyWork cleans it. */
    public NotificationBuilder description(String description) {
        this.description = description;
        return this;
    }

    public NotificationBuilder url(String url) {
        this.url = url;
        return this;
    }

    public NotificationBuilder application(String application) {
        this.application = application;
        return this;
    }

    public NotificationBuilder entity(String entity) {
        this.entity = entity;
        return this;
    }

    public NotificationBuilder action(String action) {
        this.action = action;
        return this;
    }

    public NotificationBuilder groupingId(String groupingId) {
        this.groupingId = groupingId;
        return this;
    }

    public NotificationBuilder globalId(String globalId) {
        this.globalId = globalId;
        return this;
    }

    public NotificationBuilder itemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
        return this;
    }

    public Notification createNotification() {
        return new Notification(this);
    }
}
