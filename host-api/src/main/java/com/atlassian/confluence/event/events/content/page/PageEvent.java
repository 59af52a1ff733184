package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

import java.util.EventObject;

/**
 * Confluence: something happened to a page. (Confluence's intermediate supertypes ContentEvent and
 * ConfluenceEvent are left out; the app only reads the page.)
 */
public abstract class PageEvent extends EventObject {
    private final Page page;

    /** Deprecated in Confluence (an OperationContext variant exists) but present in 9.x; the preview uses it. */
    @Deprecated
    public PageEvent(Object source, Page page) {
        super(source);
        this.page = page;
    }

    public Page getPage() {
        return page;
    }
}
