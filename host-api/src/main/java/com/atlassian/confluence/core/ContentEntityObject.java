package com.atlassian.confluence.core;

/** Confluence: the base of pages, blog posts and comments. Plain fields, so the preview can make them. */
public abstract class ContentEntityObject {
    private long id;
    private String title;
    private String bodyAsString;

    /** Protected, as in Confluence. */
    protected ContentEntityObject() {
    }

    /** In Confluence declared by a superclass (com.atlassian.core.bean.EntityObject); resolution still links. */
    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The body in storage format. */
    public String getBodyAsString() {
        return bodyAsString;
    }

    public void setBodyAsString(String bodyAsString) {
        this.bodyAsString = bodyAsString;
    }
}
