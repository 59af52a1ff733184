package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Confluence: a page was restored from the trash. */
public class PageRestoreEvent extends PageEvent {
    public PageRestoreEvent(Object source, Page page) {
        super(source, page);
    }
}
