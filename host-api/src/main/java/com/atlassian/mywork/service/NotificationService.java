package com.atlassian.mywork.service;

import com.atlassian.mywork.model.Notification;

import java.util.concurrent.Future;

/** MyWork (Confluence's workbox, the bell's notification list): adds a notification for a user. Other members omitted. */
public interface NotificationService {
    Future<Notification> createOrUpdate(String username, Notification notification);
}
