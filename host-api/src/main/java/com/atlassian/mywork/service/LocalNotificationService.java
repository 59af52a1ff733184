package com.atlassian.mywork.service;

/** MyWork's service in the host Confluence itself (the OSGi service apps import). Its own members are omitted. */
public interface LocalNotificationService extends NotificationService {
}
