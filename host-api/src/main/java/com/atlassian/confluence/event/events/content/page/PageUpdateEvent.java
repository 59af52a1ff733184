package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;

/** Confluence: a page was saved with changes. */
public class PageUpdateEvent extends PageEvent {
    private final AbstractPage originalPage;

    /** Deprecated in Confluence since 7.1 (an OperationContext variant exists) but present in 9.x; the preview uses it. */
    @Deprecated
    public PageUpdateEvent(Object src, Page updatedPage, AbstractPage originalPage, boolean suppressNotifications, PageUpdateTrigger updateTrigger) {
        super(src, updatedPage);
        this.originalPage = originalPage;
    }

    public AbstractPage getOriginalPage() {
        return originalPage;
    }
}
