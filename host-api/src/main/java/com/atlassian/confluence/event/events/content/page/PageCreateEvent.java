package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Confluence: a page was created. */
public class PageCreateEvent extends PageEvent {
    @Deprecated
    public PageCreateEvent(Object source, Page page) {
        super(source, page);
    }
}
