package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/** Confluence: what a macro knows of the rendering it takes part in. */
public interface ConversionContext {

    /** The content being rendered (a page or blog post); null outside content, e.g. in a preview of nothing. */
    ContentEntityObject getEntity();

    String getSpaceKey();

    /** "display", "preview", "email", "pdf", "word", ... */
    String getOutputType();

    /** Named properties; "macroDefinition" holds the {@code MacroDefinition} of the macro being executed. */
    Object getProperty(String name);

    /** Shared by every macro of one rendering, so macros of one page can share what they loaded. */
    void setProperty(String name, Object value);
}
