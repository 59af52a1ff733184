package com.atlassian.confluence.pages;

/** Confluence: a page. */
public class Page extends AbstractPage {
}
