package com.atlassian.confluence.core;

/** Confluence: the base of pages, blog posts and comments. Plain fields, so the preview can make them. */
public abstract class ContentEntityObject {
    private long id;
    private com.atlassian.confluence.user.ConfluenceUser creator;
    private com.atlassian.confluence.user.ConfluenceUser lastModifier;
    private java.util.Date creationDate;
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

    /** Declared in Confluence on ConfluenceEntityObject (a superclass left out here). */
    public com.atlassian.confluence.user.ConfluenceUser getCreator() {
        return creator;
    }

    public void setCreator(com.atlassian.confluence.user.ConfluenceUser creator) {
        this.creator = creator;
    }

    /** Declared in Confluence on ConfluenceEntityObject (a superclass left out here). */
    public com.atlassian.confluence.user.ConfluenceUser getLastModifier() {
        return lastModifier;
    }

    public void setLastModifier(com.atlassian.confluence.user.ConfluenceUser lastModifier) {
        this.lastModifier = lastModifier;
    }

    /** Declared in Confluence on com.atlassian.core.bean.EntityObject (left out here). */
    public java.util.Date getCreationDate() {
        return creationDate;
    }

    public void setCreationDate(java.util.Date creationDate) {
        this.creationDate = creationDate;
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

    /**
     * Declared in Confluence on AbstractVersionedEntityObject (Versioned): false for an old version of a page. The preview
     * keeps no old versions, so here every page is its latest version.
     */
    public boolean isLatestVersion() {
        return true;
    }
}
