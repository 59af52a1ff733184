package com.atlassian.confluence.pages;

/** Confluence: what caused a page update. Only the constants the preview uses are declared. */
public enum PageUpdateTrigger {
    EDIT_PAGE,
    UNKNOWN
}
