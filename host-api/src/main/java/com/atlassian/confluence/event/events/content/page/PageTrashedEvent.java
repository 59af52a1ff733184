package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.user.User;

/** Confluence: a page was moved to the trash (by a user, or by a space's removal). */
public class PageTrashedEvent extends PageEvent {

    public PageTrashedEvent(Object source, Page page, User trashedBy, boolean suppressNotifications) {
        super(source, page);
    }
}
