package com.atlassian.confluence.pages;

/** Confluence: finds pages. */
public interface PageManager {

    /** The page or blog post with this id, or null. */
    AbstractPage getAbstractPage(long id);
}
