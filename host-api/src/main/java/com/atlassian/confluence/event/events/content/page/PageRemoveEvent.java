package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Confluence: a page was removed for good (purged from the trash). */
public class PageRemoveEvent extends PageEvent {
    public PageRemoveEvent(Object source, Page page) {
        super(source, page);
    }
}
